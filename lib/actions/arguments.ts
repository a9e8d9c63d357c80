/**
 * A server action's arguments arrive from the client as whatever it encoded: an object where an
 * id belongs, null for a target, a string for the form. Each action reads them through these,
 * which throw a ZodError (a form message via toFormError, never a 500) for the wrong type.
 */
import { z } from "zod";
import { recordIdSchema } from "@/lib/validations/fields";

const formDataSchema = z.instanceof(FormData, { error: "Send the form." });

export function readForm(value: unknown): FormData {
  return formDataSchema.parse(value);
}

export function readId(value: unknown): string {
  return recordIdSchema.parse(value);
}

/** What a note is attached to, as the note form binds it. */
export const noteTargetRefSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("measure"), slug: z.string().min(1).max(200) }),
  z.object({ kind: z.literal("sector"), id: z.string().min(1).max(64) }),
]);
