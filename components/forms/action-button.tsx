"use client";

import { useActionState } from "react";
import { type FormState, initialFormState } from "@/lib/actions/form-state";

/** A one-click action (delete or restore a note, revoke a token) that shows the server's refusal, if any. */
export function ActionButton({
  action,
  label,
}: {
  action: (previous: FormState) => Promise<FormState>;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="inline">
      <button
        type="submit"
        disabled={pending}
        className="text-sm font-semibold text-red-700 underline hover:text-red-900"
      >
        {label}
      </button>
      {!state.ok && state.message ? (
        <span role="alert" className="ml-2 text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
