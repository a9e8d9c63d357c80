"use server";

import { revalidatePath } from "next/cache";
import { getFormatter, getTranslations } from "next-intl/server";
import { createWatchQuery, deleteWatchQuery, runWatchNow } from "@/lib/data/watch";
import { watchQueryFromForm } from "@/lib/validations/watch";
import { readForm, readId } from "./arguments";
import { localizedFieldErrors, toFormError } from "./form-errors";
import type { FormState } from "./form-state";
import { getWritingViewer } from "./writing-viewer";

/** Admins only: analysts get a message, signed-out callers the sign-in message. */
async function getAdmin() {
  const viewer = await getWritingViewer();
  if (!viewer) return { refusal: (await getTranslations("Validation"))("unauthorized") };
  if (viewer.role !== "admin") return { refusal: (await getTranslations("Watch"))("adminsOnly") };
  return { admin: viewer };
}

export async function addWatchQueryAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("Inbox");
  try {
    const { admin, refusal } = await getAdmin();
    if (!admin) return { ok: false, message: refusal };
    const parsed = watchQueryFromForm(readForm(formData));
    if (!parsed.success)
      return { ok: false, message: t("fixFields"), fieldErrors: await localizedFieldErrors(parsed.error) };
    await createWatchQuery(admin.id, parsed.data);
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
  revalidatePath("/", "layout");
  return { ok: true, message: (await getTranslations("Watch"))("queryAdded") };
}

export async function removeWatchQueryAction(queryId: unknown, _previous: FormState): Promise<FormState> {
  try {
    const { admin, refusal } = await getAdmin();
    if (!admin) return { ok: false, message: refusal };
    await deleteWatchQuery(readId(queryId)); // parsed: an operator object ({ gt: "" }) would match every row
  } catch (error) {
    return await toFormError(error, (await getTranslations("Inbox"))("fixFields"));
  }
  revalidatePath("/", "layout");
  return { ok: true };
}

/** "Run now": the run's one-line result is the form's message. */
export async function runWatchAction(_previous: FormState): Promise<FormState> {
  const t = await getTranslations("Watch");
  let message: string;
  let ok: boolean;
  try {
    const { admin, refusal } = await getAdmin();
    if (!admin) return { ok: false, message: refusal };
    const outcome = await runWatchNow(admin.id);
    ok = outcome.ok;
    if (outcome.ok) {
      const format = await getFormatter();
      message = t("runOk", {
        fetched: format.number(outcome.fetched),
        added: format.number(outcome.added),
        since: outcome.since,
      });
    } else message = t("runFailed", { message: outcome.message });
  } catch (error) {
    return await toFormError(error, t("failed"));
  }
  revalidatePath("/", "layout");
  return { ok, message };
}
