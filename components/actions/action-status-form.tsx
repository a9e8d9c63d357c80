"use client";

import { useActionState } from "react";
import { FieldError, FormMessage, inputClass, labelClass, SubmitButton, TextField } from "@/components/forms/fields";
import { type ActionStatusValues, recordActionStatusAction } from "@/lib/actions/action-status";
import { type FormState, initialFormState } from "@/lib/actions/form-state";
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from "@/lib/validations/vocabulary";

export type StatusFormLabels = {
  formHeading: string;
  formIntro: string;
  statusLabel: string;
  statuses: Record<ImplementationStatus, string>;
  verifiedLabel: string;
  reasonLabel: string;
  sourcesLabel: string;
  submit: string;
};

/**
 * The analyst's status form on an action page, the only place a status is recorded (a measure's
 * is derived from its actions). A plain `<form action>` on a server action, so it
 * works before (or without) JavaScript: the browser posts it and the page comes back with the result.
 * A refusal sends back what was typed, and the fields are re-created with it (`key`).
 */
export function ActionStatusForm({
  actionId,
  current,
  labels,
}: {
  actionId: string;
  current: ImplementationStatus;
  labels: StatusFormLabels;
}) {
  const [state, formAction, pending] = useActionState(
    recordActionStatusAction,
    initialFormState as FormState<ActionStatusValues>,
  );
  const errors = state.ok ? undefined : state.fieldErrors;
  const values = state.ok ? undefined : state.values;
  return (
    <form action={formAction} className="max-w-2xl space-y-4 rounded-lg border border-slate-200 p-4" noValidate>
      <h3 className="text-base font-bold">{labels.formHeading}</h3>
      <p className="text-sm text-slate-700">{labels.formIntro}</p>
      <FormMessage state={state} />
      <input type="hidden" name="actionId" value={actionId} />
      <div key={JSON.stringify(values ?? state.message)} className="space-y-4">
        <div>
          <label htmlFor="status" className={labelClass}>
            {labels.statusLabel}
          </label>
          <select
            id="status"
            name="status"
            defaultValue={values?.status ?? current}
            aria-describedby="status-error"
            className={inputClass}
          >
            {IMPLEMENTATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {labels.statuses[status]}
              </option>
            ))}
          </select>
          <FieldError id="status-error" messages={errors?.status} />
        </div>
        <div className="flex items-center gap-2">
          <input id="verified" name="verified" type="checkbox" defaultChecked={values?.verified} className="h-4 w-4" />
          <label htmlFor="verified" className="text-sm">
            {labels.verifiedLabel}
          </label>
        </div>
        <TextField
          name="reason"
          label={labels.reasonLabel}
          multiline
          required
          defaultValue={values?.reason}
          errors={errors}
        />
        <TextField
          name="sourceUrls"
          label={labels.sourcesLabel}
          multiline
          rows={2}
          required
          inputMode="url"
          defaultValue={values?.sourceUrls}
          errors={errors}
        />
      </div>
      <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
