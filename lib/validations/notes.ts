import { z } from "zod";
import { VALIDATION_MESSAGES } from "./messages";
import { NOTE_MAX_LENGTH, VISIBILITIES, type Visibility } from "./vocabulary";

export { NOTE_MAX_LENGTH, VISIBILITIES, type Visibility };

const body = z
  .string({ error: VALIDATION_MESSAGES.noteMissing })
  .refine((text) => text.trim().length > 0, { error: VALIDATION_MESSAGES.noteEmpty })
  .refine((text) => text.length <= NOTE_MAX_LENGTH, { error: VALIDATION_MESSAGES.noteTooLong });

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
