/** What every server action returns to its form. */
export type FormState<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | { ok: false; message: string; fieldErrors?: Record<string, string[] | undefined>; values?: T };

export const initialFormState = { ok: false, message: "" } as const;
