"use client";

import { startTransition, useActionState } from "react";
import type { FormState } from "@/lib/actions/form-state";
import { initialFormState } from "@/lib/actions/form-state";
import { FieldError, FormMessage, inputClass, labelClass, SubmitButton } from "./fields";

export type FieldSpec = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "select" | "checkbox";
  autoComplete?: string;
  options?: { value: string; label: string }[];
  /** The select's initial choice. */
  defaultValue?: string;
  /** Rules shown under the label (password rules), read out with the field. */
  hint?: string;
  /** A checkbox ticked at first (a default the user may decline). */
  defaultChecked?: boolean;
};

function FieldControl({
  field,
  id,
  invalid,
  describedBy,
}: {
  field: FieldSpec;
  id: string;
  invalid: boolean;
  describedBy: string;
}) {
  const common = { id, name: field.name, "aria-describedby": describedBy, "aria-invalid": invalid };
  if (field.type === "select") {
    return (
      <select {...common} defaultValue={field.defaultValue} className={inputClass}>
        {field.options?.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    );
  }
  return <input {...common} type={field.type ?? "text"} autoComplete={field.autoComplete} className={inputClass} />;
}

/**
 * A small server-action form: labelled fields with their messages beside them. Labels arrive
 * translated from the server, so the client needs no message bundle. `secretLabel` shows the
 * action's returned data once (a new API token); `hidden` values go along unseen (which record).
 */
export function ActionForm({
  action,
  fields,
  submitLabel,
  idPrefix,
  secretLabel,
  hidden,
  className = "max-w-md space-y-4",
}: {
  action: (previous: FormState<string>, formData: FormData) => Promise<FormState<string>>;
  fields: FieldSpec[];
  submitLabel: string;
  idPrefix: string;
  secretLabel?: string;
  hidden?: Record<string, string>;
  className?: string;
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
      className={className}
      noValidate
    >
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage state={state} />
      {state.ok && state.data && secretLabel ? (
        <div className="rounded border border-amber-400 bg-amber-50 p-3 text-sm">
          <p className="font-semibold">{secretLabel}</p>
          <code data-testid="new-token" className="mt-1 block break-all">
            {state.data}
          </code>
        </div>
      ) : null}
      {fields.map((field) => {
        const id = `${idPrefix}-${field.name}`;
        const describedBy = field.hint ? `${id}-hint ${id}-error` : `${id}-error`;
        const invalid = !!errors?.[field.name];
        if (field.type === "checkbox") {
          return (
            <div key={id}>
              <div className="flex items-start gap-2">
                <input
                  id={id}
                  name={field.name}
                  type="checkbox"
                  defaultChecked={field.defaultChecked}
                  aria-describedby={describedBy}
                  aria-invalid={invalid}
                  className="mt-1 h-4 w-4"
                />
                <label htmlFor={id} className="text-sm">
                  {field.label}
                </label>
              </div>
              <FieldError id={`${id}-error`} messages={errors?.[field.name]} />
            </div>
          );
        }
        return (
          <div key={id}>
            <label htmlFor={id} className={labelClass}>
              {field.label}
            </label>
            {field.hint ? (
              <p id={`${id}-hint`} className="mb-1 text-sm text-slate-600">
                {field.hint}
              </p>
            ) : null}
            <FieldControl field={field} id={id} invalid={invalid} describedBy={describedBy} />
            <FieldError id={`${id}-error`} messages={errors?.[field.name]} />
          </div>
        );
      })}
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
