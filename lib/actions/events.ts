"use server";

import { revalidatePath } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import { createEvent, updateEvent } from "@/lib/data/events";
import { ConflictError } from "@/lib/errors";
import { redirect } from "@/lib/i18n/navigation";
import { eventFromForm } from "@/lib/validations/events";
import { readForm } from "./arguments";
import { localizedFieldErrors, toFormError } from "./form-errors";
import type { FormState } from "./form-state";
import { getWritingViewer } from "./writing-viewer";

/** Adds an event (eventId empty) or edits one; then back to the timeline. */
export async function saveEventAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("Timeline");
  try {
    const form = readForm(formData);
    const parsed = eventFromForm(form);
    const eventId = String(form.get("eventId") ?? "");
    const viewer = await getWritingViewer();
    if (!viewer) return { ok: false, message: t("signInToEdit") };
    if (!parsed.success)
      return { ok: false, message: t("fixFields"), fieldErrors: await localizedFieldErrors(parsed.error) };
    if (eventId) await updateEvent(viewer.id, eventId, parsed.data);
    else await createEvent(viewer.id, parsed.data);
  } catch (error) {
    // The only conflict here: a seeded event, which is edited in content/ (not an account clash).
    if (error instanceof ConflictError) return { ok: false, message: t("seededReadOnly") };
    return await toFormError(error, t("fixFields"));
  }
  revalidatePath("/", "layout");
  redirect({ href: "/timeline", locale: await getLocale() });
  return { ok: true };
}
