import { z } from "zod";
import { brokenMarkdownLimit } from "@/lib/notes/markdown-limits";
import { VALIDATION_MESSAGES } from "./messages";
import { isBlankText, storedText } from "./text";
import { NOTE_MAX_LENGTH, VISIBILITIES, type Visibility } from "./vocabulary";

export { NOTE_MAX_LENGTH, VISIBILITIES, type Visibility };

/**
 * A note's body, stored well-formed and NFC. Zero-width characters alone are empty; nesting beyond
 * 20 levels, formatting beyond the markup budget (MAX_MARKUP) or tables of more than 1,000 cells are refused before
 * any Markdown is parsed (lib/notes/markdown-limits.ts), so no body the schema lets through can cost
 * the renderer more than a bounded amount of work.
 */
const body = storedText(VALIDATION_MESSAGES.noteMissing)
  .refine((text) => !isBlankText(text), { error: VALIDATION_MESSAGES.noteEmpty })
  .refine((text) => text.length <= NOTE_MAX_LENGTH, { error: VALIDATION_MESSAGES.noteTooLong, abort: true })
  .refine((text) => brokenMarkdownLimit(text) !== "depth", { error: VALIDATION_MESSAGES.noteTooDeep, abort: true })
  .refine((text) => brokenMarkdownLimit(text) === null, { error: VALIDATION_MESSAGES.noteTooMuchMarkup });

const visibility = z.enum(VISIBILITIES, { error: VALIDATION_MESSAGES.visibilityInvalid });

/** A new note, from the form, the server action and POST /api/measures/{slug}/notes alike. */
export const noteInputSchema = z.object({ body, visibility: visibility.default("shared") });

/** An edit: either field, or both (PATCH /api/notes/{id} and the edit form). */
export const noteUpdateSchema = z
  .object({ body: body.optional(), visibility: visibility.optional() })
  .refine((update) => update.body !== undefined || update.visibility !== undefined, {
    error: VALIDATION_MESSAGES.noteUpdateEmpty,
  });

export type NoteInput = z.infer<typeof noteInputSchema>;
export type NoteUpdate = z.infer<typeof noteUpdateSchema>;

/** How many notes a measure or sector page lists at first, and how many more each "show more" adds. */
export const NOTES_PAGE_SIZE = 20;

/** The `?notes=` of a page: how many notes to list; anything odd falls back to the first page. */
export const noteListLimitSchema = z.coerce.number().int().min(1).max(1000).catch(NOTES_PAGE_SIZE);
