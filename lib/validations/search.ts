import { z } from "zod";
import { LOCALES } from "@/lib/i18n/routing";
import { SEARCH_TYPES } from "@/lib/search/sources/types";

/** A blank form field (`?pillar=`) means "no filter", not an invalid one. */
const blankAsMissing = (value: unknown) => (value === "" ? undefined : value);
const slugLike = z.string().regex(/^[A-Za-z0-9-]{1,64}$/, "Use letters, digits and hyphens only.");

const fields = {
  q: z.string().max(500, "The query can be at most 500 characters.").default(""),
  pillar: z.preprocess(blankAsMissing, z.enum(["I", "II", "III"], "Use pillar I, II or III.").optional()),
  sector: z.preprocess(blankAsMissing, slugLike.optional()),
  policy: z.preprocess(blankAsMissing, slugLike.optional()),
  type: z.preprocess(blankAsMissing, z.enum(SEARCH_TYPES, "Use type measure, action, note or event.").optional()),
};

/** GET /api/search: anything out of range is a 422 with a message. */
export const searchApiQuerySchema = z.object({
  ...fields,
  limit: z.coerce.number("limit must be a number.").int().min(1).max(50).default(20),
  offset: z.coerce.number("offset must be a number.").int().min(0).max(10_000).default(0),
  lang: z.enum(LOCALES).default("en"),
});
export type SearchApiQuery = z.infer<typeof searchApiQuerySchema>;

/**
 * The results page: the same fields, but forgiving, because whatever is in the address bar
 * must still give a normal page. A bad filter is dropped; an over-long query is cut.
 */
export const searchPageQuerySchema = z.object({
  q: z.preprocess((value) => (typeof value === "string" ? value.slice(0, 500) : undefined), fields.q).catch(""),
  pillar: fields.pillar.catch(undefined),
  sector: fields.sector.catch(undefined),
  policy: fields.policy.catch(undefined),
  type: fields.type.catch(undefined),
  page: z.coerce.number().int().min(1).max(500).default(1).catch(1),
});
export type SearchPageQuery = z.infer<typeof searchPageQuerySchema>;

/** Next gives repeated parameters as arrays; the first one wins. */
export function firstValues(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(
    Object.entries(params).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value]),
  );
}
