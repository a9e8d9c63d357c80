"use server";

import { isAPIError } from "better-auth/api";
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { auth } from "@/lib/auth/auth";
import { redirect } from "@/lib/i18n/navigation";
import { signInSchema } from "@/lib/validations/auth";
import { localizedFieldErrors } from "./form-errors";
import type { FormState } from "./form-state";

/** Only same-site paths: a crafted ?next= must not send the user elsewhere. */
function safeNextPath(value: FormDataEntryValue | null): string {
  return typeof value === "string" && /^\/(?![/\\])/.test(value) ? value : "/";
}

function signInRefusal(error: {
  statusCode: number;
  body?: { code?: string };
}): "locked" | "deactivated" | "invalidCredentials" {
  if (error.statusCode === 429) return "locked";
  if (error.body?.code === "BANNED_USER") return "deactivated";
  return "invalidCredentials";
}

export async function signInAction(_previous: FormState, formValue: FormData): Promise<FormState> {
  const t = await getTranslations("Auth");
  if (!(formValue instanceof FormData)) return { ok: false, message: t("fixFields") };
  const formData = formValue;
  const parsed = signInSchema.safeParse({ email: formData.get("email"), password: formData.get("password") });
  if (!parsed.success) {
    return { ok: false, message: t("fixFields"), fieldErrors: await localizedFieldErrors(parsed.error) };
  }
  try {
    await auth.api.signInEmail({ body: parsed.data, headers: await headers() });
  } catch (error) {
    // One message for an unknown address and a wrong password alike. A deactivated account is told
    // so only after its right password (the plugin refuses the session, not the password check).
    if (isAPIError(error)) return { ok: false, message: t(signInRefusal(error)) };
    throw error;
  }
  redirect({ href: safeNextPath(formData.get("next")), locale: await getLocale() });
  return { ok: true };
}

export async function signOutAction(): Promise<void> {
  await auth.api.signOut({ headers: await headers() });
  redirect({ href: "/", locale: await getLocale() });
}
