"use client";

import { useActionState } from "react";
import { type FormState, initialFormState } from "@/lib/actions/form-state";

const DESTRUCTIVE =
  "rounded border border-red-700 px-2 py-0.5 text-sm font-semibold text-red-700 hover:bg-red-700 hover:text-white";

/**
 * A one-click action (delete or restore a note, revoke a token) that shows the server's refusal,
 * if any. With `confirm`, the first click only unfolds a question and a second, red button
 * (<details>: works without JavaScript), so a stray tap deletes nothing.
 */
export function ActionButton({
  action,
  label,
  confirm,
}: {
  action: (previous: FormState) => Promise<FormState>;
  label: string;
  confirm?: { prompt: string; label: string };
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  const refusal =
    !state.ok && state.message ? (
      <span role="alert" className="ml-2 text-sm text-red-700">
        {state.message}
      </span>
    ) : null;
  if (confirm) {
    return (
      <details className="inline-block align-top">
        <summary className={`cursor-pointer list-none [&::-webkit-details-marker]:hidden ${DESTRUCTIVE}`}>
          {label}
        </summary>
        <form
          action={formAction}
          className="mt-2 flex flex-wrap items-center gap-2 rounded border border-red-200 bg-red-50 p-2"
        >
          <span className="text-sm text-red-900">{confirm.prompt}</span>
          <button
            type="submit"
            disabled={pending}
            className="rounded bg-red-700 px-3 py-1 text-sm font-semibold text-white hover:bg-red-800"
          >
            {confirm.label}
          </button>
          {refusal}
        </form>
      </details>
    );
  }
  return (
    <form action={formAction} className="inline">
      <button
        type="submit"
        disabled={pending}
        className="text-sm font-semibold text-red-700 underline hover:text-red-900"
      >
        {label}
      </button>
      {refusal}
    </form>
  );
}
