"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { recordActionStatusChange } from "@/lib/data/action-status";
import { actionStatusChangeFromForm } from "@/lib/validations/status";
import { localizedFieldErrors, toFormError } from "./form-errors";
import type { FormState } from "./form-state";
import { getWritingViewer } from "./writing-viewer";

/** What was typed, sent back with a refusal so the form (with or without JavaScript) keeps it. */
export type ActionStatusValues = { status: string; verified: boolean; reason: string; sourceUrls: string };

/** An analyst records a new status for a recommended action (the action page's form). */
export async function recordActionStatusAction(
  _previous: FormState<ActionStatusValues>,
  formValue: FormData,
): Promise<FormState<ActionStatusValues>> {
  const t = await getTranslations("Status");
  if (!(formValue instanceof FormData)) return { ok: false, message: t("fixFields") };
  const formData = formValue;
  const parsed = actionStatusChangeFromForm(formData);
  const values: ActionStatusValues = {
    status: String(formData.get("status") ?? ""),
    verified: formData.get("verified") === "on",
    reason: String(formData.get("reason") ?? ""),
    sourceUrls: String(formData.get("sourceUrls") ?? ""),
  };
  try {
    const viewer = await getWritingViewer();
    if (!viewer) return { ok: false, message: t("signInToEdit") };
    if (!parsed.success) {
      return { ok: false, message: t("fixFields"), fieldErrors: await localizedFieldErrors(parsed.error), values };
    }
    await recordActionStatusChange(viewer.id, parsed.data);
  } catch (error) {
    const refused = await toFormError(error, t("fixFields"));
    return refused.ok ? refused : { ...refused, values };
  }
  // The status shows on the action, its measure, the tracker, agency, pillar, sector and home pages.
  revalidatePath("/", "layout");
  return { ok: true, message: t("saved") };
}
