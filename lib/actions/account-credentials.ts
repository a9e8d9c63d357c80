"use server";

import { isAPIError } from "better-auth/api";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { auth } from "@/lib/auth/auth";
import { createAccount } from "@/lib/auth/create-account";
import { clearPasswordFailures, passwordLockedUntil, recordPasswordFailure } from "@/lib/auth/password-lockout";
import { regenerateFeedKey, revokeFeedKey } from "@/lib/data/feed-keys";
import { createApiToken, renameUser, revokeAllApiTokens, revokeApiToken } from "@/lib/data/users";
import { siteUrl } from "@/lib/env";
import { AdminOnlyError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { apiTokenNameSchema, changePasswordFormSchema, createUserSchema, renameSchema } from "@/lib/validations/auth";
import { readForm, readId } from "./arguments";
import { toFormError } from "./form-errors";
import type { FormState } from "./form-state";
import { getWritingViewer } from "./writing-viewer";

/** The signed-in viewer of a writing account action (counted against the write limit), or a 401. */
async function requireWritingViewer() {
  const viewer = await getWritingViewer();
  if (!viewer) throw new UnauthorizedError();
  return viewer;
}

/** Admin page: create an analyst (or admin) with an initial password. */
export async function createUserAction(_previous: FormState<string>, formData: FormData): Promise<FormState<string>> {
  const t = await getTranslations("Admin");
  try {
    const viewer = await requireWritingViewer();
    if (viewer.role !== "admin") throw new AdminOnlyError();
    const form = readForm(formData);
    const input = createUserSchema.parse(
      Object.fromEntries(["email", "name", "role", "password"].map((key) => [key, form.get(key) ?? undefined])),
    );
    await createAccount(auth, input);
    refresh();
    return { ok: true, message: t("created", { email: input.email }) };
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
}

/**
 * Changes the viewer's password; other sessions are signed out and, unless the box was unticked,
 * every API token is revoked (a token taken with the old password must not outlive it). Five wrong
 * current passwords in a row lock the form for 15 minutes, as for sign-in.
 */
export async function changePasswordAction(
  _previous: FormState<string>,
  formData: FormData,
): Promise<FormState<string>> {
  const t = await getTranslations("Account");
  try {
    const viewer = await requireWritingViewer();
    const form = readForm(formData);
    const input = changePasswordFormSchema.parse({
      currentPassword: form.get("currentPassword") ?? undefined,
      newPassword: form.get("newPassword") ?? undefined,
      revokeTokens: form.get("revokeTokens") ?? undefined,
    });
    if (await passwordLockedUntil(viewer.id)) return { ok: false, message: t("passwordLocked") };
    try {
      await auth.api.changePassword({
        body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: true },
        headers: await headers(),
      });
    } catch (error) {
      if (!isAPIError(error)) throw error;
      await recordPasswordFailure(viewer.id);
      return { ok: false, message: t("passwordRefused"), fieldErrors: { currentPassword: [t("passwordRefused")] } };
    }
    await clearPasswordFailures(viewer.id);
    const revoked = input.revokeTokens ? await revokeAllApiTokens(viewer.id) : 0;
    refresh();
    return {
      ok: true,
      message: t(input.revokeTokens ? "passwordChangedTokensRevoked" : "passwordChanged", { revoked }),
    };
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
}

/** Analysts rename themselves here, under the one name rule (Better Auth's update-user is closed). */
export async function renameAction(_previous: FormState<string>, formData: FormData): Promise<FormState<string>> {
  const t = await getTranslations("Account");
  try {
    const viewer = await requireWritingViewer();
    const { name } = renameSchema.parse({ name: readForm(formData).get("name") ?? undefined });
    await renameUser(viewer.id, name);
    refresh();
    return { ok: true, message: t("renamed", { name }) };
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
}

/** Creates a personal API token; the plain token is in the result once and never again. */
export async function createApiTokenAction(
  _previous: FormState<string>,
  formData: FormData,
): Promise<FormState<string>> {
  const t = await getTranslations("Account");
  try {
    const viewer = await requireWritingViewer();
    const { name } = apiTokenNameSchema.parse({ name: readForm(formData).get("name") ?? undefined });
    const token = await createApiToken(viewer.id, name);
    refresh();
    return { ok: true, data: token, message: t("tokenCreated") };
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
}

export async function revokeApiTokenAction(tokenId: unknown, _previous: FormState): Promise<FormState> {
  const t = await getTranslations("Account");
  try {
    const viewer = await requireWritingViewer();
    if (!(await revokeApiToken(viewer.id, readId(tokenId)))) throw new NotFoundError();
    refresh();
    return { ok: true, message: t("tokenRevoked") };
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
}

/** A new private feed address (the old one stops working); the key is in the result once. */
export async function regenerateFeedKeyAction(_previous: FormState<string>): Promise<FormState<string>> {
  const t = await getTranslations("Account");
  try {
    const viewer = await requireWritingViewer();
    const key = await regenerateFeedKey(viewer.id);
    const requestHeaders = await headers();
    const origin = siteUrl(`http://${requestHeaders.get("host") ?? "localhost"}`);
    refresh();
    return { ok: true, data: `${origin}/feed.xml?key=${key}`, message: t("feedKeyCreated") };
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
}

export async function revokeFeedKeyAction(_previous: FormState): Promise<FormState> {
  const t = await getTranslations("Account");
  try {
    const viewer = await requireWritingViewer();
    if (!(await revokeFeedKey(viewer.id))) throw new NotFoundError();
    refresh();
    return { ok: true, message: t("feedKeyRevoked") };
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
}
