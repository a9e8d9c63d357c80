/**
 * Filters of the timeline page, the events API and the events export, read from the query
 * string. Empty values mean "no filter"; anything else must be valid or the request is refused.
 */
import { z } from "zod";
import { EVENT_TYPES } from "./events";
import { isoDate, measureIdField } from "./fields";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const eventFiltersSchema = z
  .object({
    pillar: optional(z.enum(["I", "II", "III"], { message: "Choose pillar I, II or III." })),
    sector: optional(z.string().regex(/^[a-z0-9-]{1,40}$/, "Unknown sector.")),
    measure: optional(measureIdField),
    type: optional(z.enum(EVENT_TYPES, { message: "Unknown event type." })),
    from: optional(isoDate),
    to: optional(isoDate),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: "The start date must not be after the end date.",
    path: ["to"],
  });

export type EventFilters = z.output<typeof eventFiltersSchema>;

/** Reads the filters from URLSearchParams or a page's searchParams object. */
export function readSearchParams(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  if (params instanceof URLSearchParams) return Object.fromEntries(params.entries());
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]));
}
