/**
 * Filters of the timeline page, the events API and the events export, read from the query
 * string. Empty values mean "no filter"; anything else must be valid or the request is refused.
 */
import { z } from "zod";
import { EVENT_TYPES } from "./events";
import { isoDate, measureIdField } from "./fields";
import { cursorField, eventsLimitField } from "./paging";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

/** The timeline also shows status changes, as one more "type" to filter on. */
export const TIMELINE_TYPES = [...EVENT_TYPES, "status-change"] as const;
export type TimelineType = (typeof TIMELINE_TYPES)[number];

const scopeFields = {
  pillar: optional(z.enum(["I", "II", "III"], { message: "Choose pillar I, II or III." })),
  sector: optional(z.string().regex(/^[a-z0-9-]{1,40}$/, "Unknown sector.")),
  measure: optional(measureIdField),
  from: optional(isoDate),
  to: optional(isoDate),
};

const datesInOrder = (filters: { from?: string; to?: string }) =>
  !filters.from || !filters.to || filters.from <= filters.to;
const datesMessage = { message: "The start date must not be after the end date.", path: ["to"] };

const eventFilterFields = { ...scopeFields, type: optional(z.enum(EVENT_TYPES, { message: "Unknown event type." })) };

/** Filters of the events export (and of the API, below). */
export const eventFiltersSchema = z.object(eventFilterFields).refine(datesInOrder, datesMessage);

/** The events API: the same filters plus a page of `limit` events after `cursor`. */
export const eventPageQuerySchema = z
  .object({ ...eventFilterFields, limit: eventsLimitField, cursor: cursorField })
  .refine(datesInOrder, datesMessage);

/** Filters of the timeline page: the same, plus "status-change" as a type. */
export const timelineFiltersSchema = z
  .object({ ...scopeFields, type: optional(z.enum(TIMELINE_TYPES, { message: "Unknown event type." })) })
  .refine(datesInOrder, datesMessage);

export type EventFilters = z.output<typeof eventFiltersSchema>;
export type EventPageQuery = z.output<typeof eventPageQuerySchema>;
export type TimelineFilters = z.output<typeof timelineFiltersSchema>;

/** Reads the filters from URLSearchParams or a page's searchParams object. */
export function readSearchParams(params: URLSearchParams | Record<string, string | string[] | undefined>) {
  if (params instanceof URLSearchParams) return Object.fromEntries(params.entries());
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}
