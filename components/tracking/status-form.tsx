"use client";

import { useEffect, useRef } from "react";
import { FieldError, FormMessage, inputClass, labelClass, SubmitButton } from "@/components/forms/fields";
import { recordStatusAction } from "@/lib/actions/status";
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from "@/lib/validations/vocabulary";
import { useFormAction } from "./use-form-action";

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
 * The analyst's form on a measure page: new status, verified or claimed, reason, sources. The
 * server renders it only for a signed-in viewer; it posts without JavaScript too (useFormAction).
 */
export function StatusForm({
  measureId,
  current,
  labels,
}: {
  measureId: string;
  current: ImplementationStatus;
  labels: StatusFormLabels;
}) {
  const { state, pending, formProps } = useFormAction(recordStatusAction);
  const errors = state.ok ? undefined : state.fieldErrors;
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} {...formProps} className="max-w-2xl space-y-4 rounded-lg border border-slate-200 p-4" noValidate>
      <h3 className="text-base font-bold">{labels.formHeading}</h3>
      <p className="text-sm text-slate-700">{labels.formIntro}</p>
      <FormMessage state={state} />
      <input type="hidden" name="measureId" value={measureId} />
      <div>
        <label htmlFor="status" className={labelClass}>
          {labels.statusLabel}
        </label>
        <select id="status" name="status" defaultValue={current} aria-describedby="status-error" className={inputClass}>
          {IMPLEMENTATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {labels.statuses[status]}
            </option>
          ))}
        </select>
        <FieldError id="status-error" messages={errors?.status} />
      </div>
      <div className="flex items-center gap-2">
        <input id="verified" name="verified" type="checkbox" className="h-4 w-4" />
        <label htmlFor="verified" className="text-sm">
          {labels.verifiedLabel}
        </label>
      </div>
      <div>
        <label htmlFor="reason" className={labelClass}>
          {labels.reasonLabel}
        </label>
        <textarea
          id="reason"
          name="reason"
          rows={3}
          required
          aria-describedby="reason-error"
          aria-invalid={!!errors?.reason}
          className={inputClass}
        />
        <FieldError id="reason-error" messages={errors?.reason} />
      </div>
      <div>
        <label htmlFor="sourceUrls" className={labelClass}>
          {labels.sourcesLabel}
        </label>
        <textarea
          id="sourceUrls"
          name="sourceUrls"
          rows={2}
          required
          inputMode="url"
          aria-describedby="sourceUrls-error"
          aria-invalid={!!errors?.sourceUrls}
          className={inputClass}
        />
        <FieldError id="sourceUrls-error" messages={errors?.sourceUrls} />
      </div>
      <SubmitButton pending={pending}>{labels.submit}</SubmitButton>
    </form>
  );
}
