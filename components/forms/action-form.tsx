"use client";

import { startTransition, useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { initialFormState } from "@/lib/actions/form-state";
import { FieldError, FormMessage, inputClass, labelClass, SubmitButton } from "./fields";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "select";
  autoComplete?: string;
  options?: { value: string; label: string }[];
};

/**
 * A small server-action form: labelled fields with their messages beside them. Labels arrive
 * translated from the server, so the client needs no message bundle. `secretLabel` shows the
 * action's returned data once (a new API token).
 */
export function ActionForm({ action, fields, submitLabel, idPrefix, secretLabel }: {
  action: (previous: FormState<string>, formData: FormData) => Promise<FormState<string>>;
  fields: FieldSpec[];
  submitLabel: string;
  idPrefix: string;
  secretLabel?: string;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState as FormState<string>);
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form
      action={formAction}
      // Through a transition, so a refused form keeps what was typed (React resets forms after an action).
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="max-w-md space-y-4"
      noValidate
    >
      <FormMessage state={state} />
      {state.ok && state.data && secretLabel ? (
        <div className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">{secretLabel}</p>
          <code data-testid="new-token" className="mt-1 block break-all">{state.data}</code>
        </div>
      ) : null}
      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const common = { id, name: field.name, "aria-describedby": `${id}-error`, "aria-invalid": !!errors?.[field.name], className: inputClass };
        return (
          <div key={field.name}>
            <label htmlFor={id} className={labelClass}>{field.label}</label>
            {field.type === "select" ? (
              <select {...common}>
                {field.options?.map((option) => (
                  <option key={option.value} value={option.value}>{option.label}</option>
                ))}
              </select>
            ) : (
              <input {...common} type={field.type ?? "text"} autoComplete={field.autoComplete} />
            )}
            <FieldError id={`${id}-error`} messages={errors?.[field.name]} />
          </div>
        );
      })}
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
