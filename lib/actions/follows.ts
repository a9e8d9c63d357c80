"use server";

import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { follow, unfollow } from "@/lib/data/follows";
import { followTargetSchema } from "@/lib/validations/follows";
import { readForm } from "./arguments";
import { toFormError } from "./form-errors";
import type { FormState } from "./form-state";
import { getWritingViewer } from "./writing-viewer";

/** Follows or unfollows a measure or a sector; returns whether the viewer now follows it. */
export async function toggleFollowAction(
  _previous: FormState<{ following: boolean }>,
  formData: FormData,
): Promise<FormState<{ following: boolean }>> {
  const t = await getTranslations("Following");
  let following = false;
  try {
    const form = readForm(formData);
    const parsed = followTargetSchema.safeParse({ kind: form.get("kind"), id: form.get("id") });
    following = form.get("follow") === "true";
    const viewer = await getWritingViewer();
    if (!viewer) return { ok: false, message: t("signIn") };
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0].message };
    if (following) await follow(viewer.id, parsed.data);
    else await unfollow(viewer.id, parsed.data);
  } catch (error) {
    return await toFormError(error, t("signIn"));
  }
  revalidatePath("/[locale]/following", "page");
  return { ok: true, data: { following } };
}
