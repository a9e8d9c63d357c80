"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/components/forms/fields";
import { type FormState, initialFormState } from "@/lib/actions/form-state";

/** "Run now": shows the run's one-line result (success as status, failure as alert). */
export function RunWatchButton({
  action,
  label,
}: {
  action: (previous: FormState) => Promise<FormState>;
  label: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage state={state} />
      <SubmitButton pending={pending}>{label}</SubmitButton>
    </form>
  );
}
