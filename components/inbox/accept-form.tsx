"use client";

import { FieldError, FormMessage, labelClass, SubmitButton } from "@/components/forms/fields";
import { type EventFieldLabels, EventFields } from "@/components/tracking/event-fields";
import { useFormAction } from "@/components/tracking/use-form-action";
import { acceptCandidateAction } from "@/lib/actions/inbox";
import type { EventType } from "@/lib/validations/vocabulary";

export type AcceptFormValues = {
  candidateId: string;
  type: EventType;
  occurredOn: string;
  titleEn: string;
  summaryEn: string;
};

type ActionOption = { id: string; title: string };

export type AcceptFormLabels = EventFieldLabels & {
  actionsLabel: string;
  suggestedGroup: string;
  allActions: string;
  accept: string;
};

function ActionCheckbox({ action, idPrefix }: { action: ActionOption; idPrefix: string }) {
  return (
    <label className="flex items-start gap-2 text-sm">
      <input id={`${idPrefix}-${action.id}`} type="checkbox" name="actionIds" value={action.id} className="mt-1" />
      <span>
        <span className="font-mono font-semibold">{action.id}</span> {action.title}
      </span>
    </label>
  );
}

/**
 * Accepting a candidate: the event prefilled from the document (type from the mapping, date of
 * publication, title, abstract), which the analyst checks, and the actions they choose. The
 * suggested actions are listed first and left unticked: a suggestion is never applied by itself.
 */
export function AcceptForm({
  values,
  suggested,
  actions,
  labels,
}: {
  values: AcceptFormValues;
  suggested: ActionOption[];
  actions: ActionOption[];
  labels: AcceptFormLabels;
}) {
  const { state, pending, formProps } = useFormAction(acceptCandidateAction);
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form {...formProps} className="max-w-3xl space-y-4" noValidate>
      <FormMessage state={state} />
      <input type="hidden" name="candidateId" value={values.candidateId} />
      {/* The document is in English: the Korean title and summary are the analyst's to write. */}
      <EventFields values={{ ...values, titleKo: "", summaryKo: "" }} errors={errors} labels={labels} />
      <fieldset aria-describedby="actionIds-error" className="space-y-2">
        <legend className={labelClass}>{labels.actionsLabel}</legend>
        {suggested.length ? (
          <fieldset className="rounded border border-amber-300 bg-amber-50 p-2" data-testid="suggested-actions">
            <legend className="text-sm font-semibold">{labels.suggestedGroup}</legend>
            {suggested.map((action) => (
              <ActionCheckbox key={action.id} action={action} idPrefix="suggested" />
            ))}
          </fieldset>
        ) : null}
        <fieldset>
          <legend className="mb-1 text-sm font-semibold">{labels.allActions}</legend>
          <div className="grid max-h-80 gap-1 overflow-y-auto rounded border border-slate-300 p-2">
            {actions.map((action) => (
              <ActionCheckbox key={action.id} action={action} idPrefix="action" />
            ))}
          </div>
        </fieldset>
        <FieldError id="actionIds-error" messages={errors?.actionIds} />
      </fieldset>
      <SubmitButton pending={pending}>{labels.accept}</SubmitButton>
    </form>
  );
}
