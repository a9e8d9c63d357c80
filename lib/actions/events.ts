"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { getViewer } from "@/lib/auth/session";
import { createEvent, updateEvent } from "@/lib/data/events";
import { redirect } from "@/lib/i18n/navigation";
import { eventFromForm } from "@/lib/validations/events";
import { toFormError, type FormState } from "./form-state";
import { localizeFieldErrors } from "./localize-field-errors";

/** Adds an event (eventId empty) or edits one; then back to the timeline. */
export async function saveEvent(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("Timeline");
  const viewer = await getViewer();
  if (!viewer) return { ok: false, message: t("signInToEdit") };
  const parsed = eventFromForm(formData);
  if (!parsed.success) return { ok: false, message: t("fixFields"), fieldErrors: await localizeFieldErrors(z.flattenError(parsed.error).fieldErrors) };
  const eventId = String(formData.get("eventId") ?? "");
  try {
    if (eventId) await updateEvent(viewer.id, eventId, parsed.data);
    else await createEvent(viewer.id, parsed.data);
  } catch (error) {
    return toFormError(error, t("fixFields"));
  }
  revalidatePath("/", "layout");
  redirect({ href: "/timeline", locale: await getLocale() });
  return { ok: true };
}
