"use client";

import { startTransition, useActionState, useEffect, useRef } from "react";
import { FieldError, FormMessage, inputClass, labelClass, SubmitButton } from "@/components/forms/fields";
import type { CompanyFormValues } from "@/lib/actions/companies";
import { type FormState, initialFormState } from "@/lib/actions/form-state";
import { MARKETS } from "@/lib/validations/vocabulary";

export type CompanyFormLabels = Record<
  | "nameKo"
  | "nameEn"
  | "ticker"
  | "tickerHint"
  | "market"
  | "rationale"
  | "rationaleHint"
  | "measures"
  | "actions"
  | "actionsHint"
  | "visibility"
  | "shared"
  | "private",
  string
>;

type State = FormState<CompanyFormValues>;

/**
 * Adds or edits a company. Posts to a server action, so it works before (or without) JavaScript;
 * a refused form shows its messages beside the inputs and keeps what was typed.
 */
export function CompanyForm({
  action,
  idPrefix,
  labels,
  submitLabel,
  measureOptions,
  initial = {},
  resetOnSuccess = false,
}: {
  action: (previous: State, formData: FormData) => Promise<State>;
  idPrefix: string;
  labels: CompanyFormLabels;
  submitLabel: string;
  measureOptions: { id: string; label: string }[];
  initial?: CompanyFormValues;
  resetOnSuccess?: boolean;
}) {
  const [state, formAction, pending] = useActionState(action, initialFormState as State);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok && resetOnSuccess) form.current?.reset();
  }, [state, resetOnSuccess]);
  const errors = state.ok ? undefined : state.fieldErrors;
  const values = (!state.ok && state.values) || initial;
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const chosen = new Set([values.measures ?? []].flat());
  const field = (name: string) => {
    const id = `${idPrefix}-${name}`;
    return {
      id,
      name,
      "aria-invalid": !!errors?.[name],
      "aria-describedby": `${id}-error`,
      defaultValue: text(name),
    };
  };
  const error = (name: string) => <FieldError id={`${idPrefix}-${name}-error`} messages={errors?.[name]} />;
  const label = (name: keyof CompanyFormLabels) => (
    <label htmlFor={`${idPrefix}-${name}`} className={labelClass}>
      {labels[name]}
    </label>
  );
  return (
    <form
      ref={form}
      action={formAction}
      // Through a transition, so a refused form keeps what was typed (React resets forms after an action).
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="space-y-4"
      noValidate
    >
      <FormMessage state={state} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          {label("nameKo")}
          <input {...field("nameKo")} lang="ko" className={inputClass} />
          {error("nameKo")}
        </div>
        <div>
          {label("nameEn")}
          <input {...field("nameEn")} lang="en" className={inputClass} />
          {error("nameEn")}
        </div>
        <div>
          {label("market")}
          <select {...field("market")} defaultValue={text("market") || "KRX"} className={inputClass}>
            {MARKETS.map((market) => (
              <option key={market} value={market}>
                {market}
              </option>
            ))}
          </select>
          {error("market")}
        </div>
        <div>
          {label("ticker")}
          <input
            {...field("ticker")}
            aria-describedby={`${idPrefix}-ticker-hint ${idPrefix}-ticker-error`}
            autoCapitalize="characters"
            className={inputClass}
          />
          <p id={`${idPrefix}-ticker-hint`} className="mt-1 text-sm text-slate-600">
            {labels.tickerHint}
          </p>
          {error("ticker")}
        </div>
      </div>
      <div>
        {label("rationale")}
        <p id={`${idPrefix}-rationale-hint`} className="mb-1 text-sm text-slate-600">
          {labels.rationaleHint}
        </p>
        <textarea
          {...field("rationale")}
          aria-describedby={`${idPrefix}-rationale-hint ${idPrefix}-rationale-error`}
          rows={5}
          className={inputClass}
        />
        {error("rationale")}
      </div>
      {measureOptions.length > 0 ? (
        <fieldset aria-describedby={`${idPrefix}-measures-error`}>
          <legend className={labelClass}>{labels.measures}</legend>
          <ul className="space-y-1">
            {measureOptions.map((option) => (
              <li key={option.id} className="flex items-start gap-2 text-sm">
                <input
                  id={`${idPrefix}-measure-${option.id}`}
                  type="checkbox"
                  name="measures"
                  value={option.id}
                  defaultChecked={chosen.has(option.id)}
                  className="mt-1 h-4 w-4"
                />
                <label htmlFor={`${idPrefix}-measure-${option.id}`}>{option.label}</label>
              </li>
            ))}
          </ul>
          {error("measures")}
        </fieldset>
      ) : null}
      <div>
        {label("actions")}
        <input
          {...field("actions")}
          aria-describedby={`${idPrefix}-actions-hint ${idPrefix}-actions-error`}
          className={inputClass}
        />
        <p id={`${idPrefix}-actions-hint`} className="mt-1 text-sm text-slate-600">
          {labels.actionsHint}
        </p>
        {error("actions")}
      </div>
      <fieldset>
        <legend className={labelClass}>{labels.visibility}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["shared", "private"] as const).map((visibility) => (
            <label key={visibility} className="flex items-center gap-2">
              <input
                type="radio"
                name="visibility"
                value={visibility}
                defaultChecked={(text("visibility") || "shared") === visibility}
              />
              {labels[visibility]}
            </label>
          ))}
        </div>
        {error("visibility")}
      </fieldset>
      <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
    </form>
  );
}
