/**
 * How every piece of text a user sends is stored: well-formed Unicode (a lone surrogate, which JSON
 * can carry as "\ud800", becomes U+FFFD instead of invalid UTF-8 in the database) in NFC, so the
 * same words are the same bytes for search and comparison. Zero-width characters and the BOM alone
 * are blank. The shared zod fields (lib/validations/fields.ts) apply this on the way in.
 */
import { z } from "zod";
import { VALIDATION_MESSAGES } from "./messages";

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Zero-width space, non-joiner, joiner, word joiner and BOM: invisible, so never content alone. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF]/g;
const INVISIBLE_EDGES = /^[\s\u200B-\u200D\u2060\uFEFF]+|[\s\u200B-\u200D\u2060\uFEFF]+$/g;
/** C0/C1 controls and the bidi embeddings, overrides and isolates that can reorder a name on screen. */
const CONTROL_OR_BIDI = /[\p{Cc}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

export function toStoredText(value: string): string {
  return value.replace(LONE_SURROGATE, "\uFFFD").normalize("NFC");
}

export function isBlankText(value: string): boolean {
  return value.replace(INVISIBLE, "").trim().length === 0;
}

/** Stored text with whitespace and invisible characters trimmed from both ends. */
export function toTrimmedText(value: string): string {
  return toStoredText(value).replace(INVISIBLE_EDGES, "");
}

/** A text field as stored (not trimmed: a note's leading spaces are Markdown). */
export const storedText = (error?: string) => z.string(error ? { error } : undefined).transform(toStoredText);

/** A one-line field as stored, trimmed; chain `.pipe(z.string().min(…).max(…))` for its bounds. */
export const trimmedText = (error?: string) => z.string(error ? { error } : undefined).transform(toTrimmedText);

/**
 * The one name rule, wherever a name is set (the admin page, the account page, the user:create
 * CLI, open sign-up): 1–100 characters once trimmed and normalised, no control or bidi characters.
 */
export const personName = trimmedText(VALIDATION_MESSAGES.nameMissing).pipe(
  z
    .string()
    .min(1, { error: VALIDATION_MESSAGES.nameMissing })
    .max(100, { error: VALIDATION_MESSAGES.nameTooLong })
    .refine((name) => !CONTROL_OR_BIDI.test(name), { error: VALIDATION_MESSAGES.nameCharacters }),
);
