"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { acceptInboxCandidate, dismissInboxCandidate } from "@/lib/data/inbox";
import { ConflictError } from "@/lib/errors";
import { redirect } from "@/lib/i18n/navigation";
import { acceptCandidateFromForm, candidateIdSchema } from "@/lib/validations/watch";
import { readForm } from "./arguments";
import { localizedFieldErrors, toFormError } from "./form-errors";
import type { FormState } from "./form-state";
import { getWritingViewer } from "./writing-viewer";

/** Accepts a candidate as an event linked to the chosen actions; then back to the inbox. */
export async function acceptCandidateAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("Inbox");
  try {
    const viewer = await getWritingViewer();
    if (!viewer) return { ok: false, message: t("signInToDecide") };
    const parsed = acceptCandidateFromForm(readForm(formData));
    if (!parsed.success)
      return { ok: false, message: t("fixFields"), fieldErrors: await localizedFieldErrors(parsed.error) };
    await acceptInboxCandidate(viewer.id, parsed.data);
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, message: t("alreadyDecided") };
    return await toFormError(error, t("fixFields"));
  }
  revalidatePath("/", "layout");
  redirect({ href: "/inbox", locale: await getLocale() });
  return { ok: true };
}

export async function dismissCandidateAction(candidateId: string, _previous: FormState): Promise<FormState> {
  const t = await getTranslations("Inbox");
  try {
    const viewer = await getWritingViewer();
    if (!viewer) return { ok: false, message: t("signInToDecide") };
    await dismissInboxCandidate(viewer.id, candidateIdSchema.parse(candidateId));
  } catch (error) {
    if (error instanceof ConflictError) return { ok: false, message: t("alreadyDecided") };
    return await toFormError(error, t("fixFields"));
  }
  revalidatePath("/", "layout");
  redirect({ href: "/inbox", locale: await getLocale() });
  return { ok: true };
}
