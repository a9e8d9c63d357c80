/**
 * The tracker table's filters and sort (its URL), and the actions API's query: the same filters,
 * plus a page of `limit` actions after `cursor`. Blank means "no filter"; anything else must be
 * valid, or the page says what is wrong and the API answers 422.
 */
import { z } from "zod";
import { actionIdField, agencyIdField, measureIdField } from "./fields";
import { eventsLimitField } from "./paging";
import { IMPLEMENTATION_STATUSES } from "./vocabulary";

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const TRACKER_SORTS = ["plan", "title", "lead", "status", "changed", "event"] as const;
export type TrackerSort = (typeof TRACKER_SORTS)[number];
export const VERIFICATION_FILTERS = ["verified", "claimed"] as const;

export const actionFilterFields = {
  pillar: optional(z.enum(["I", "II", "III"], { message: "pillar must be I, II or III." })),
  measure: optional(measureIdField),
  sector: optional(z.string().regex(/^[a-z0-9-]{1,40}$/, "sector must be a sector id.")),
  agency: optional(agencyIdField),
  status: optional(
    z.enum(IMPLEMENTATION_STATUSES, { message: `status must be one of ${IMPLEMENTATION_STATUSES.join(", ")}.` }),
  ),
  verified: optional(z.enum(VERIFICATION_FILTERS, { message: "verified must be verified or claimed." })),
  // A checkbox: "1" (or "on", what a browser sends for a checkbox without a value) means only
  // the actions whose bullet names no lead.
  noLead: optional(z.enum(["1", "on", "true"], { message: "noLead must be 1 when given." }).transform(() => true)),
};

/** The tracker's deadline filter: actions with a deadline in that state today ("any": with one). */
export const DEADLINE_FILTERS = ["any", "upcoming", "met", "overdue"] as const;

export const trackerQuerySchema = z.object({
  ...actionFilterFields,
  deadline: optional(z.enum(DEADLINE_FILTERS, { message: `deadline must be one of ${DEADLINE_FILTERS.join(", ")}.` })),
  sort: optional(z.enum(TRACKER_SORTS, { message: `sort must be one of ${TRACKER_SORTS.join(", ")}.` })).transform(
    (sort) => sort ?? "plan",
  ),
  dir: optional(z.enum(["asc", "desc"], { message: "dir must be asc or desc." })).transform((dir) => dir ?? "asc"),
});

export type ActionFilters = {
  pillar?: "I" | "II" | "III";
  measure?: string;
  sector?: string;
  agency?: string;
  status?: (typeof IMPLEMENTATION_STATUSES)[number];
  verified?: (typeof VERIFICATION_FILTERS)[number];
  noLead?: boolean;
};
export type TrackerQuery = z.output<typeof trackerQuerySchema>;

/** A page cursor of the actions API: the plan-order position of the last action served, opaque. */
export function encodeActionCursor(sequence: number): string {
  return Buffer.from(JSON.stringify(["a", sequence])).toString("base64url");
}

const actionCursorField = optional(
  z.string().transform((text, context) => {
    try {
      if (text.length <= 40 && /^[A-Za-z0-9_-]+$/.test(text)) {
        const value: unknown = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
        if (Array.isArray(value) && value[0] === "a" && Number.isInteger(value[1]) && value[1] > 0)
          return value[1] as number;
      }
    } catch {
      // falls through to the issue below
    }
    context.addIssue({ code: "custom", message: "This page cursor is not valid: start again from the first page." });
    return z.NEVER;
  }),
);

export const actionPageQuerySchema = z.object({
  ...actionFilterFields,
  limit: eventsLimitField,
  cursor: actionCursorField,
});
export type ActionPageQuery = z.output<typeof actionPageQuerySchema>;

/** GET /api/actions/{id} and /{locale}/actions/{id}: "I-1.1", also typed "i-1.1". */
export const actionIdParamSchema = actionIdField;
