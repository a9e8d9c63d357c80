"use client";

import { useActionState, useState } from "react";
import { FieldError, FormMessage, inputClass, labelClass, SubmitButton } from "@/components/forms/fields";
import { signInAction } from "@/lib/actions/auth";
import { initialFormState } from "@/lib/actions/form-state";

export type SignInLabels = { email: string; password: string; signIn: string };

/** Email and password; the labels come translated from the server (no message runtime in the browser). */
export function SignInForm({ next, labels }: { next?: string; labels: SignInLabels }) {
  const [state, action, pending] = useActionState(signInAction, initialFormState);
  const errors = state.ok ? undefined : state.fieldErrors;
  // Controlled, so React's reset of the form after the action leaves the address for the retry.
  const [email, setEmail] = useState("");
  return (
    <form action={action} className="max-w-sm space-y-4" noValidate>
      <input type="hidden" name="next" value={next ?? "/"} />
      <FormMessage state={state} />
      <div>
        <label htmlFor="email" className={labelClass}>
          {labels.email}
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          required
          aria-describedby="email-error"
          aria-invalid={!!errors?.email}
          className={inputClass}
        />
        <FieldError id="email-error" messages={errors?.email} />
      </div>
      <div>
        <label htmlFor="password" className={labelClass}>
          {labels.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-describedby="password-error"
          aria-invalid={!!errors?.password}
          className={inputClass}
        />
        <FieldError id="password-error" messages={errors?.password} />
      </div>
      <SubmitButton pending={pending}>{labels.signIn}</SubmitButton>
    </form>
  );
}
