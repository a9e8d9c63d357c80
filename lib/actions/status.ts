"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { recordStatusChange } from "@/lib/data/status";
import { statusChangeFromForm } from "@/lib/validations/status";
import { readForm } from "./arguments";
import { localizedFieldErrors, toFormError } from "./form-errors";
import type { FormState } from "./form-state";
import { getWritingViewer } from "./writing-viewer";

/** An analyst records a new status for a measure (the measure page's form). */
export async function recordStatusAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("Status");
  try {
    const parsed = statusChangeFromForm(readForm(formData));
    const viewer = await getWritingViewer();
    if (!viewer) return { ok: false, message: t("signInToEdit") };
    if (!parsed.success)
      return { ok: false, message: t("fixFields"), fieldErrors: await localizedFieldErrors(parsed.error) };
    await recordStatusChange(viewer.id, parsed.data);
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
  // The status shows on the measure, pillar, sector and home pages, the timeline and what's new.
  revalidatePath("/", "layout");
  return { ok: true, message: t("saved") };
}
