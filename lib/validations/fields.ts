/** Field rules shared by the tracking schemas (status changes, events, API filters). */
import { z } from "zod";

export const measureIdField = z.string().regex(/^(I|II|III)-([1-9]|1[0-5])$/, 'Name a measure like "II-3".');

/** An absolute http or https URL; anything else (javascript:, ftp:, relative) is refused. */
export const httpUrl = z
  .string()
  .trim()
  .max(2000, "Keep links under 2,000 characters.")
  .pipe(z.url({ protocol: /^https?$/, hostname: z.regexes.domain, message: "Use a full http:// or https:// link." }));

/** A real calendar date written YYYY-MM-DD (2025-02-30 is refused). */
export const isoDate = z.iso.date({ message: "Use a real date written YYYY-MM-DD." });

/** A recommended action's id, "I-1.1" (also accepted in lower case, "i-1.1", and normalised). */
export const actionIdField = z
  .string()
  .trim()
  .transform((value) => value.toUpperCase())
  .pipe(z.string().regex(/^(I|II|III)-([1-9]|1[0-5])\.([1-9][0-9]?)$/, 'Name an action like "I-1.1".'));

/** An agency id: the lowercase of the plan's abbreviation ("doc", "nist"). */
export const agencyIdField = z.string().regex(/^[a-z][a-z0-9]{0,19}$/, 'Name an agency by its id, like "doc".');

/** A record id a server action receives as an argument (a bound id): a short string, nothing else. */
export const recordIdSchema = z.string().min(1).max(64);
