/**
 * A timeline event as an analyst adds or edits it: a dated, sourced development that concerns
 * one or more measures. Seeded events (content/events.json) follow the same types and dates.
 */
import { z } from "zod";
import { actionIdField, httpUrl, isoDate, measureIdField } from "./fields";
import { trimmedText } from "./text";
import { EVENT_TYPES, type EventType } from "./vocabulary";

export { EVENT_TYPES, type EventType };

const optionalText = (max: number) =>
  trimmedText()
    .pipe(z.string().max(max, `Keep this under ${max} characters.`))
    .transform((value) => value || null)
    .nullable()
    .optional()
    .transform((value) => value ?? null);

export const eventSchema = z
  .object({
    type: z.enum(EVENT_TYPES, { message: "Choose the type of event." }),
    occurredOn: isoDate,
    titleEn: optionalText(300),
    titleKo: optionalText(300),
    summaryEn: optionalText(4000),
    summaryKo: optionalText(4000),
    sourceUrl: httpUrl,
    measureIds: z
      .array(measureIdField)
      .max(30)
      .transform((ids) => [...new Set(ids)]),
    // The recommended actions it concerns; their measures are linked too (see createEvent).
    actionIds: z
      .array(actionIdField)
      .max(103)
      .optional()
      .transform((ids) => [...new Set(ids ?? [])]),
  })
  .refine((event) => event.measureIds.length + event.actionIds.length > 0, {
    message: "Choose at least one measure this event concerns.",
    path: ["measureIds"],
  })
  .refine((event) => event.titleEn || event.titleKo, {
    message: "Give a title in Korean or English.",
    path: ["titleEn"],
  });

export type EventInput = z.input<typeof eventSchema>;
export type EventData = z.output<typeof eventSchema>;

/** Reads the event form: measures and actions as repeated `measureIds` / `actionIds` fields (multi-selects). */
export function eventFromForm(form: FormData) {
  return eventSchema.safeParse({
    type: form.get("type"),
    occurredOn: form.get("occurredOn"),
    titleEn: form.get("titleEn") ?? "",
    titleKo: form.get("titleKo") ?? "",
    summaryEn: form.get("summaryEn") ?? "",
    summaryKo: form.get("summaryKo") ?? "",
    sourceUrl: form.get("sourceUrl"),
    measureIds: form.getAll("measureIds"),
    actionIds: form.getAll("actionIds"),
  });
}
