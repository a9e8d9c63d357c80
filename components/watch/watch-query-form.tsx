"use client";

import { FieldError, FormMessage, inputClass, labelClass, SubmitButton } from "@/components/forms/fields";
import { useFormAction } from "@/components/tracking/use-form-action";
import { addWatchQueryAction } from "@/lib/actions/watch";

export type WatchQueryFormLabels = {
  term: string;
  agencies: string;
  agenciesHint: string;
  documentTypes: string;
  documentTypesHint: string;
  actionIds: string;
  actionIdsHint: string;
  add: string;
  types: { value: string; label: string }[];
};

/** An admin adds a watch query: a term, agency slugs, document types, actions to suggest. */
export function WatchQueryForm({ labels }: { labels: WatchQueryFormLabels }) {
  const { state, pending, formProps } = useFormAction(addWatchQueryAction);
  const errors = state.ok ? undefined : state.fieldErrors;
  const text = (name: "term" | "agencies" | "actionIds", label: string, hint?: string) => (
    <div>
      <label htmlFor={`watch-${name}`} className={labelClass}>
        {label}
      </label>
      {hint ? (
        <p id={`watch-${name}-hint`} className="mb-1 text-sm text-slate-600">
          {hint}
        </p>
      ) : null}
      <input
        id={`watch-${name}`}
        name={name}
        type="text"
        autoComplete="off"
        aria-describedby={`${hint ? `watch-${name}-hint ` : ""}watch-${name}-error`}
        aria-invalid={!!errors?.[name]}
        className={inputClass}
      />
      <FieldError id={`watch-${name}-error`} messages={errors?.[name]} />
    </div>
  );
  return (
    <form {...formProps} className="max-w-xl space-y-4" noValidate>
      <FormMessage state={state} />
      {text("term", labels.term)}
      {text("agencies", labels.agencies, labels.agenciesHint)}
      <fieldset aria-describedby="watch-documentTypes-hint watch-documentTypes-error">
        <legend className={labelClass}>{labels.documentTypes}</legend>
        <p id="watch-documentTypes-hint" className="mb-1 text-sm text-slate-600">
          {labels.documentTypesHint}
        </p>
        <div className="flex flex-wrap gap-x-5 gap-y-1">
          {labels.types.map((type) => (
            <label key={type.value} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name="documentTypes" value={type.value} className="h-4 w-4" />
              {type.label}
            </label>
          ))}
        </div>
        <FieldError id="watch-documentTypes-error" messages={errors?.documentTypes} />
      </fieldset>
      {text("actionIds", labels.actionIds, labels.actionIdsHint)}
      <SubmitButton pending={pending}>{labels.add}</SubmitButton>
    </form>
  );
}
