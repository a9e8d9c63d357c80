import { z } from "zod";
import { actionIdField, measureIdField } from "./fields";
import { VALIDATION_MESSAGES as M } from "./messages";
import { noteInputSchema } from "./notes";
import { hasControlOrBidi, trimmedText } from "./text";
import { COMPANY_NAME_MAX_LENGTH, MARKETS, type Market, NOTE_MAX_LENGTH, VISIBILITIES } from "./vocabulary";

export { MARKETS, type Market };

/** Stored text, trimmed (invisible edges too): the same name or ticker typed twice is the same bytes. */
const normalized = (error: string) => trimmedText(error);

/** The name rule of lib/validations/text.ts: no control or text-direction characters either. */
const name = (missing: string) =>
  normalized(missing).pipe(
    z
      .string()
      .min(1, { error: missing })
      .max(COMPANY_NAME_MAX_LENGTH, { error: M.companyNameLength })
      .refine((value) => !hasControlOrBidi(value), { error: M.nameCharacters }),
  );

/** Upper case, so "aapl" and "AAPL" are one ticker on a market; "005930", "BRK.B", "9988" pass. */
const ticker = normalized(M.ticker)
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^[A-Z0-9][A-Z0-9.-]{0,19}$/, { error: M.ticker }));

const market = z.enum(MARKETS, { error: M.market });

/**
 * The rationale is Markdown shown by the note renderer, so it takes a note body's rules (length
 * and whatever nesting limits notes have) by piping into the note schema's own body field; the
 * first checks only give the missing and too-long cases a company's wording.
 */
const rationale = z
  .string({ error: M.rationaleMissing })
  .refine((text) => text.trim().length > 0, { error: M.rationaleMissing, abort: true })
  .refine((text) => text.length <= NOTE_MAX_LENGTH, { error: M.rationaleTooLong, abort: true })
  .pipe(noteInputSchema.shape.body);

const visibility = z.enum(VISIBILITIES, { error: M.visibilityInvalid });

/** A list of ids from JSON (an array) or a form (checkboxes, or one text field "I-1.1, II-3.2"). */
function idList<T extends z.ZodType<string>>(field: T, max: number, error: string) {
  return z.preprocess(
    (value) => {
      const values = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
      return values.flatMap((item) => (typeof item === "string" ? item.split(/[\s,]+/).filter(Boolean) : [item]));
    },
    z
      .array(field, { error })
      .max(max, { error })
      .transform((ids) => [...new Set(ids)]),
  );
}

const measures = idList(z.string().pipe(measureIdField), 30, M.companyMeasures);
const actions = idList(actionIdField, 103, M.companyActions);

/** A new company, from the sector page's form, its server action and POST /api/sectors/{id}/companies. */
export const companyInputSchema = z.object({
  nameKo: name(M.companyNameKo),
  nameEn: name(M.companyNameEn),
  ticker,
  market,
  rationale,
  visibility: visibility.default("shared"),
  measures: measures.default([]),
  actions: actions.default([]),
});

/** An edit: any of the writable fields (PATCH /api/companies/{id} and the edit form). */
export const companyUpdateSchema = z
  .object({
    nameKo: name(M.companyNameKo).optional(),
    nameEn: name(M.companyNameEn).optional(),
    ticker: ticker.optional(),
    market: market.optional(),
    rationale: rationale.optional(),
    visibility: visibility.optional(),
    measures: measures.optional(),
    actions: actions.optional(),
  })
  .refine((update) => Object.values(update).some((value) => value !== undefined), { error: M.companyUpdateEmpty });

export type CompanyInput = z.infer<typeof companyInputSchema>;
export type CompanyUpdate = z.infer<typeof companyUpdateSchema>;

/** A sector id in a URL, before the database is asked. */
export const sectorIdSchema = z.string().regex(/^[a-z0-9-]{1,40}$/);

/** A company or sector id a server action receives bound as an argument: a short string, nothing else. */
export const boundIdSchema = z.string().min(1).max(64);
