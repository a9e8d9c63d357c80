"use client";

import { type FormEvent, startTransition, useActionState } from "react";
import { type FormState, initialFormState } from "@/lib/actions/form-state";

/**
 * useActionState for forms that keep what was typed when the server refuses it: React resets a
 * `<form action>` after every submission, so these submit through onSubmit instead.
 */
export function useFormAction<T>(action: (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>) {
  const [state, dispatch, pending] = useActionState(action, initialFormState as FormState<T>);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }
  return { state, onSubmit, pending };
}
