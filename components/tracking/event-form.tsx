"use client";

import { FieldError, FormMessage, labelClass, SubmitButton, TextField } from "@/components/forms/fields";
import { saveEventAction } from "@/lib/actions/events";
import { type EventFieldLabels, EventFields, type EventFieldValues } from "./event-fields";
import { useFormAction } from "./use-form-action";

export type EventFormValues = EventFieldValues & {
  id?: string;
  sourceUrl: string;
  measureIds: string[];
  actionIds?: string[];
};

type MeasureOption = { id: string; title: string };
type ActionOption = { id: string; title: string };

export type EventFormLabels = EventFieldLabels & {
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
  return (
    <form {...formProps} className="max-w-3xl space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="eventId" value={values.id ?? ""} />
      <EventFields values={values} errors={errors} labels={labels} />
      <TextField
        name="sourceUrl"
        label={labels.sourceUrlLabel}
        type="url"
        defaultValue={values.sourceUrl}
        errors={errors}
      />
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
