/**
 * The Federal Register watch's inputs: an admin's watch query and an analyst's decision on an
 * inbox candidate. One schema each, shared by the form, the server action and the data layer.
 */
import { z } from "zod";
import { EVENT_TYPES } from "./vocabulary";

/** The API's document type codes (conditions[type][]). */
export const DOCUMENT_TYPE_CODES = ["RULE", "PRORULE", "NOTICE", "PRESDOCU"] as const;
export type DocumentTypeCode = (typeof DOCUMENT_TYPE_CODES)[number];

/** A Federal Register agency slug as in federalregister.gov/agencies/<slug>. */
const agencySlug = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "Write agency slugs like commerce-department, separated by commas.")
  .max(120);

export const actionIdField = z
  .string()
  .regex(/^(I|II|III)-([1-9]|1[0-5])\.([1-9]|[1-2][0-9])$/, 'Name an action like "II-3.2".');

/**
 * A comma- or newline-separated list from a text field (or a list already read, so that the
 * data layer can check the action's output again), without empties or repeats.
 */
const listText = (item: z.ZodType<string, string>, max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .default("")
    .transform((value) => [
      ...new Set((Array.isArray(value) ? value : value.split(/[\s,]+/)).map((entry) => entry.trim()).filter(Boolean)),
    ])
    .pipe(z.array(item).max(max, `List at most ${max}.`));

export const watchQuerySchema = z
  .object({
    term: z
      .string()
      .trim()
      .max(200, "Keep the term under 200 characters.")
      .nullish()
      .transform((value) => (value ? value.normalize("NFC") : null)),
    agencies: listText(agencySlug, 20),
    documentTypes: z
      .array(z.enum(DOCUMENT_TYPE_CODES, { message: "Choose known document types." }))
      .max(DOCUMENT_TYPE_CODES.length)
      .transform((types) => [...new Set(types)]),
    actionIds: listText(actionIdField, 20),
  })
  .refine((query) => query.term || query.agencies.length, {
    message: "Give a term or at least one agency: a query for everything would flood the inbox.",
    path: ["term"],
  });

export type WatchQueryData = z.output<typeof watchQuerySchema>;

export function watchQueryFromForm(form: FormData) {
  return watchQuerySchema.safeParse({
    term: form.get("term") ?? "",
    agencies: form.get("agencies") ?? "",
    documentTypes: form.getAll("documentTypes"),
    actionIds: form.get("actionIds") ?? "",
  });
}

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Keep this under ${max} characters.`)
    .nullish()
    .transform((value) => (value ? value.normalize("NFC") : null));

/** Accepting a candidate: the event it becomes, prefilled from the document and checked by the analyst. */
export const acceptCandidateSchema = z
  .object({
    candidateId: z.string().min(1).max(40),
    type: z.enum(EVENT_TYPES, { message: "Choose the type of event." }),
    occurredOn: z.iso.date({ message: "Use a real date written YYYY-MM-DD." }),
    titleEn: optionalText(300),
    titleKo: optionalText(300),
    summaryEn: optionalText(4000),
    summaryKo: optionalText(4000),
    actionIds: z
      .array(actionIdField)
      .min(1, "Choose at least one action this document implements.")
      .max(30)
      .transform((ids) => [...new Set(ids)]),
  })
  .refine((event) => event.titleEn || event.titleKo, {
    message: "Give a title in Korean or English.",
    path: ["titleEn"],
  });

export type AcceptCandidateData = z.output<typeof acceptCandidateSchema>;

export function acceptCandidateFromForm(form: FormData) {
  return acceptCandidateSchema.safeParse({
    candidateId: form.get("candidateId") ?? "",
    type: form.get("type"),
    occurredOn: form.get("occurredOn"),
    titleEn: form.get("titleEn") ?? "",
    titleKo: form.get("titleKo") ?? "",
    summaryEn: form.get("summaryEn") ?? "",
    summaryKo: form.get("summaryKo") ?? "",
    actionIds: form.getAll("actionIds"),
  });
}

export const candidateIdSchema = z.string().min(1).max(40);
