import { z } from "zod";

export const NOTE_MAX_LENGTH = 20_000;
export const VISIBILITIES = ["shared", "private"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

const body = z
  .string({ error: "Write the note." })
  .refine((text) => text.trim().length > 0, { error: "Write the note: it cannot be empty." })
  .refine((text) => text.length <= NOTE_MAX_LENGTH, { error: `A note can have at most ${NOTE_MAX_LENGTH.toLocaleString("en")} characters.` });

const visibility = z.enum(VISIBILITIES, { error: "Choose shared or private." });

/** A new note, from the form, the server action and POST /api/measures/{slug}/notes alike. */
export const noteInputSchema = z.object({ body, visibility: visibility.default("shared") });

/** An edit: either field, or both (PATCH /api/notes/{id} and the edit form). */
export const noteUpdateSchema = z
  .object({ body: body.optional(), visibility: visibility.optional() })
  .refine((update) => update.body !== undefined || update.visibility !== undefined, { error: "Send a body or a visibility to change." });

export type NoteInput = z.infer<typeof noteInputSchema>;
export type NoteUpdate = z.infer<typeof noteUpdateSchema>;
