import { z } from "zod";
import { DomainError } from "@/lib/errors";

/** What every server action returns to its form. */
export type FormState<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined> };

export const initialFormState = { ok: false, message: "" } as const;

/** Turns a zod or domain error into form state; anything else is re-thrown to the error page. */
export function toFormError(error: unknown, fallback: string): FormState<never> {
  if (error instanceof z.ZodError) {
    return { ok: false, message: fallback, fieldErrors: z.flattenError(error).fieldErrors as Record<string, string[]> };
  }
  if (error instanceof DomainError) return { ok: false, message: error.message };
  throw error;
}
