"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { requireViewer } from "@/lib/auth/session";
import { saveUserSettings } from "@/lib/data/user-settings";
import { accountSettingsSchema } from "@/lib/validations/settings";
import { readForm } from "./arguments";
import { toFormError } from "./form-errors";
import type { FormState } from "./form-state";

/** Account page: the analyst's time zone (empty follows the deployment's). */
export async function saveAccountSettingsAction(
  _previous: FormState<string>,
  formData: FormData,
): Promise<FormState<string>> {
  const t = await getTranslations("Account");
  try {
    const viewer = await requireViewer();
    const settings = accountSettingsSchema.parse({ timeZone: readForm(formData).get("timeZone") ?? undefined });
    await saveUserSettings(viewer.id, settings);
    refresh();
    return { ok: true, message: t("settingsSaved") };
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
}
