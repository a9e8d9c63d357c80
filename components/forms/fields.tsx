import type { ReactNode } from "react";
import type { FormState } from "@/lib/actions/form-state";

export const labelClass = "mb-1 block text-sm font-semibold";
export const inputClass =
  "w-full rounded border border-slate-400 px-3 py-2 text-base focus:border-brand-700 focus:outline-none focus:ring-2 focus:ring-brand-700/40";

/** A field's messages, announced when they appear; the input points here with aria-describedby. */
export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <p id={id} aria-live="polite" className="mt-1 text-sm text-red-700">
      {messages?.[0] ?? ""}
    </p>
  );
}

/**
 * A labelled input or textarea with its message below: the input names the message with
 * aria-describedby and says whether it is invalid.
 */
export function TextField({
  name,
  label,
  errors,
  multiline = false,
  ...input
}: {
  name: string;
  label: string;
  errors?: Record<string, string[] | undefined>;
  multiline?: boolean;
  type?: string;
  lang?: string;
  rows?: number;
  required?: boolean;
  inputMode?: "url" | "text";
  defaultValue?: string;
}) {
  const common = {
    id: name,
    name,
    "aria-describedby": `${name}-error`,
    "aria-invalid": !!errors?.[name],
    className: inputClass,
    ...input,
  };
  return (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      {multiline ? <textarea rows={3} {...common} /> : <input type="text" {...common} />}
      <FieldError id={`${name}-error`} messages={errors?.[name]} />
    </div>
  );
}

export function FormMessage({ state }: { state: FormState<unknown> }) {
  if (!state.message) return null;
  return (
    <p
      role={state.ok ? "status" : "alert"}
      className={
        state.ok ? "rounded bg-green-50 p-2 text-sm text-green-800" : "rounded bg-red-50 p-2 text-sm text-red-800"
      }
    >
      {state.message}
    </p>
  );
}

/** The form's main button; `destructive` (deactivate, delete) is red, so it never reads as routine. */
export function SubmitButton({
  pending,
  children,
  destructive = false,
}: {
  pending: boolean;
  children: ReactNode;
  destructive?: boolean;
}) {
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className={`rounded px-4 py-2 font-semibold text-white disabled:opacity-60 ${
        destructive ? "bg-red-700 hover:bg-red-800" : "bg-brand-700 hover:bg-brand-800"
      }`}
    >
      {children}
    </button>
  );
}
