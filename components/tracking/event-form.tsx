"use client";

import { FieldError, FormMessage, inputClass, labelClass, SubmitButton } from "@/components/forms/fields";
import { saveEventAction } from "@/lib/actions/events";
import { EVENT_TYPES, type EventType } from "@/lib/validations/vocabulary";
import { useFormAction } from "./use-form-action";

export type EventFormValues = {
  id?: string;
  type: string;
  occurredOn: string;
  titleEn: string;
  titleKo: string;
  summaryEn: string;
  summaryKo: string;
  sourceUrl: string;
  measureIds: string[];
  actionIds?: string[];
};

type MeasureOption = { id: string; title: string };
type ActionOption = { id: string; title: string };

export type EventFormLabels = {
  typeLabel: string;
  types: Record<EventType, string>;
  dateLabel: string;
  titleEnLabel: string;
  titleKoLabel: string;
  summaryEnLabel: string;
  summaryKoLabel: string;
  sourceUrlLabel: string;
  measuresLabel: string;
  actionsLabel: string;
  actionsHint: string;
  save: string;
};

/** Adds or edits a timeline event. Measures are checkboxes, grouped by pillar. */
export function EventForm({
  values,
  measures,
  actions = [],
  labels,
}: {
  values: EventFormValues;
  measures: MeasureOption[];
  actions?: ActionOption[];
  labels: EventFormLabels;
}) {
  const { state, pending, formProps } = useFormAction(saveEventAction);
  const errors = state.ok ? undefined : state.fieldErrors;
  const text = (name: "titleEn" | "titleKo" | "sourceUrl", label: string, type = "text", lang?: string) => (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        lang={lang}
        defaultValue={values[name]}
        aria-describedby={`${name}-error`}
        aria-invalid={!!errors?.[name]}
        className={inputClass}
      />
      <FieldError id={`${name}-error`} messages={errors?.[name]} />
    </div>
  );
  const area = (name: "summaryEn" | "summaryKo", label: string, lang: string) => (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      <textarea
        id={name}
        name={name}
        lang={lang}
        rows={3}
        defaultValue={values[name]}
        aria-describedby={`${name}-error`}
        className={inputClass}
      />
      <FieldError id={`${name}-error`} messages={errors?.[name]} />
    </div>
  );
  return (
    <form {...formProps} className="max-w-3xl space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="eventId" value={values.id ?? ""} />
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="type" className={labelClass}>
            {labels.typeLabel}
          </label>
          <select id="type" name="type" defaultValue={values.type} aria-describedby="type-error" className={inputClass}>
            {EVENT_TYPES.map((type) => (
              <option key={type} value={type}>
                {labels.types[type]}
              </option>
            ))}
          </select>
          <FieldError id="type-error" messages={errors?.type} />
        </div>
        <div>
          <label htmlFor="occurredOn" className={labelClass}>
            {labels.dateLabel}
          </label>
          <input
            id="occurredOn"
            name="occurredOn"
            type="date"
            defaultValue={values.occurredOn}
            aria-describedby="occurredOn-error"
            aria-invalid={!!errors?.occurredOn}
            className={inputClass}
          />
          <FieldError id="occurredOn-error" messages={errors?.occurredOn} />
        </div>
      </div>
      {text("titleEn", labels.titleEnLabel, "text", "en")}
      {text("titleKo", labels.titleKoLabel, "text", "ko")}
      {area("summaryEn", labels.summaryEnLabel, "en")}
      {area("summaryKo", labels.summaryKoLabel, "ko")}
      {text("sourceUrl", labels.sourceUrlLabel, "url")}
      <fieldset aria-describedby="measureIds-error">
        <legend className={labelClass}>{labels.measuresLabel}</legend>
        <div className="grid max-h-72 gap-1 overflow-y-auto rounded border border-slate-300 p-2 sm:grid-cols-2">
          {measures.map((measure) => (
            <label key={measure.id} className="flex items-start gap-2 text-sm">
              <input
                type="checkbox"
                name="measureIds"
                value={measure.id}
                defaultChecked={values.measureIds.includes(measure.id)}
                className="mt-1"
              />
              <span>
                <span className="font-mono font-semibold">{measure.id}</span> {measure.title}
              </span>
            </label>
          ))}
        </div>
        <FieldError id="measureIds-error" messages={errors?.measureIds} />
      </fieldset>
      {actions.length > 0 ? (
        <fieldset aria-describedby="actionIds-hint actionIds-error">
          <legend className={labelClass}>{labels.actionsLabel}</legend>
          <p id="actionIds-hint" className="mb-1 text-xs text-slate-600">
            {labels.actionsHint}
          </p>
          <div className="grid max-h-72 gap-1 overflow-y-auto rounded border border-slate-300 p-2 sm:grid-cols-2">
            {actions.map((action) => (
              <label key={action.id} className="flex items-start gap-2 text-sm">
                <input
                  type="checkbox"
                  name="actionIds"
                  value={action.id}
                  defaultChecked={values.actionIds?.includes(action.id)}
                  className="mt-1"
                />
                <span>
                  <span className="font-mono font-semibold">{action.id}</span> {action.title}
                </span>
              </label>
            ))}
          </div>
          <FieldError id="actionIds-error" messages={errors?.actionIds} />
        </fieldset>
      ) : null}
      <SubmitButton pending={pending}>{labels.save}</SubmitButton>
    </form>
  );
}
