"use client";

import { type FormEvent, startTransition, useActionState } from "react";
import { type FormState, initialFormState } from "@/lib/actions/form-state";

/**
 * useActionState for forms that keep what was typed when the server refuses it. Spread the result's
 * `formProps` on the `<form>`: `action` posts the server action before hydration or without
 * JavaScript (Next re-renders the page with the returned state); once hydrated, `onSubmit` sends it
 * through a transition instead, because React resets a `<form action>` after every submission.
 */
export function useFormAction<T>(action: (previous: FormState<T>, formData: FormData) => Promise<FormState<T>>) {
  const [state, dispatch, pending] = useActionState(action, initialFormState as FormState<T>);
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  }
  return { state, pending, formProps: { action: dispatch, onSubmit } };
}
