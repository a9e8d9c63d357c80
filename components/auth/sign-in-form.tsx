"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { signIn } from "@/lib/actions/auth";
import { initialFormState } from "@/lib/actions/form-state";
import { FieldError, FormMessage, inputClass, labelClass, SubmitButton } from "@/components/forms/fields";

export function SignInForm({ next }: { next?: string }) {
  const t = useTranslations("Auth");
  const [state, action, pending] = useActionState(signIn, initialFormState);
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={action} className="max-w-sm space-y-4" noValidate>
      <input type="hidden" name="next" value={next ?? "/"} />
      <FormMessage state={state} />
      <div>
        <label htmlFor="email" className={labelClass}>{t("email")}</label>
        <input id="email" name="email" type="email" autoComplete="username" required aria-describedby="email-error" aria-invalid={!!errors?.email} className={inputClass} />
        <FieldError id="email-error" messages={errors?.email} />
      </div>
      <div>
        <label htmlFor="password" className={labelClass}>{t("password")}</label>
        <input id="password" name="password" type="password" autoComplete="current-password" required aria-describedby="password-error" aria-invalid={!!errors?.password} className={inputClass} />
        <FieldError id="password-error" messages={errors?.password} />
      </div>
      <SubmitButton pending={pending}>{t("signIn")}</SubmitButton>
    </form>
  );
}
