"use client";

import { type ReactNode, startTransition, useActionState, useEffect, useRef, useState, useTransition } from "react";
import { FieldError, FormMessage, inputClass, labelClass, SubmitButton } from "@/components/forms/fields";
import { type FormState, initialFormState } from "@/lib/actions/form-state";
import { previewNoteAction } from "@/lib/actions/notes";
import { fillTemplate } from "@/lib/i18n/template";

export type NoteFormLabels = {
  bodyLabel: string;
  /** Template with `{count}` (the characters typed so far). */
  bodyHint: string;
  visibilityLabel: string;
  shared: string;
  private: string;
  preview: string;
  previewing: string;
  previewHeading: string;
};

type Props = {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  idPrefix: string;
  initialBody?: string;
  initialVisibility?: string;
  submitLabel: string;
  labels: NoteFormLabels;
  /** Empty the form once saved (a new note); an edit keeps its text. */
  resetOnSuccess?: boolean;
};

/** Write or edit a note: Markdown body, visibility, a server-rendered preview, save. */
export function NoteForm({
  action,
  idPrefix,
  initialBody = "",
  initialVisibility = "shared",
  submitLabel,
  labels,
  resetOnSuccess = false,
}: Props) {
  const [state, formAction, pending] = useActionState(action, initialFormState);
  // Uncontrolled, so text typed before hydration is kept; the length is tracked for the counter.
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const [length, setLength] = useState(initialBody.length);
  const [preview, setPreview] = useState<ReactNode>(null);
  const [previewing, startPreview] = useTransition();
  const errors = state.ok ? undefined : state.fieldErrors;
  const bodyId = `${idPrefix}-body`;

  useEffect(() => {
    if (state.ok && resetOnSuccess) {
      formRef.current?.reset();
      setLength(0);
      setPreview(null);
    }
  }, [state, resetOnSuccess]);

  return (
    <form
      ref={formRef}
      action={formAction}
      // Submitting through a transition keeps the text when the server refuses it (React would reset the form).
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => formAction(data));
      }}
      className="space-y-3"
      noValidate
    >
      <FormMessage state={state} />
      <div>
        <label htmlFor={bodyId} className={labelClass}>
          {labels.bodyLabel}
        </label>
        <textarea
          id={bodyId}
          name="body"
          rows={10}
          ref={bodyRef}
          defaultValue={initialBody}
          onChange={(event) => setLength(event.target.value.length)}
          aria-describedby={`${bodyId}-hint ${bodyId}-error`}
          aria-invalid={!!errors?.body}
          // Grows with the text (field-sizing), from a writing-sized minimum; `rows` is the fallback.
          className={`${inputClass} field-sizing-content min-h-48 max-h-[70vh] font-mono text-sm leading-relaxed`}
        />
        <p id={`${bodyId}-hint`} className="mt-1 text-xs text-slate-600">
          {fillTemplate(labels.bodyHint, { count: length })}
        </p>
        <FieldError id={`${bodyId}-error`} messages={errors?.body} />
      </div>
      <fieldset>
        <legend className={labelClass}>{labels.visibilityLabel}</legend>
        <div className="flex flex-wrap gap-4 text-sm">
          {(["shared", "private"] as const).map((value) => (
            <label key={value} className="flex items-center gap-2">
              <input type="radio" name="visibility" value={value} defaultChecked={initialVisibility === value} />
              {labels[value]}
            </label>
          ))}
        </div>
        <FieldError id={`${idPrefix}-visibility-error`} messages={errors?.visibility} />
      </fieldset>
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => startPreview(async () => setPreview(await previewNoteAction(bodyRef.current?.value ?? "")))}
          className="rounded border border-brand-700 px-4 py-2 font-semibold text-brand-700 hover:bg-brand-50"
        >
          {previewing ? labels.previewing : labels.preview}
        </button>
        <SubmitButton pending={pending}>{submitLabel}</SubmitButton>
      </div>
      {preview ? (
        <section aria-label={labels.previewHeading} className="rounded border border-dashed border-slate-400 p-3">
          <h3 className="mb-2 text-xs font-semibold uppercase text-slate-600">{labels.previewHeading}</h3>
          {preview}
        </section>
      ) : null}
    </form>
  );
}
