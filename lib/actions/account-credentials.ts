"use server";

import { isAPIError } from "better-auth/api";
import { refresh } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { auth } from "@/lib/auth/auth";
import { createAccount } from "@/lib/auth/create-account";
import { requireViewer } from "@/lib/auth/session";
import { createApiToken, revokeApiToken } from "@/lib/data/users";
import { ForbiddenError, NotFoundError } from "@/lib/errors";
import { apiTokenNameSchema, changePasswordSchema, createUserSchema } from "@/lib/validations/auth";
import { toFormError } from "./form-errors";
import type { FormState } from "./form-state";

/** Admin page: create an analyst (or admin) with an initial password. */
export async function createUserAction(_previous: FormState<string>, formData: FormData): Promise<FormState<string>> {
  const t = await getTranslations("Admin");
  try {
    const viewer = await requireViewer();
    if (viewer.role !== "admin") throw new ForbiddenError();
    const input = createUserSchema.parse(
      Object.fromEntries(["email", "name", "role", "password"].map((key) => [key, formData.get(key) ?? undefined])),
    );
    await createAccount(auth, input);
    refresh();
    return { ok: true, message: t("created", { email: input.email }) };
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
}

export async function changePasswordAction(
  _previous: FormState<string>,
  formData: FormData,
): Promise<FormState<string>> {
  const t = await getTranslations("Account");
  try {
    await requireViewer();
    const input = changePasswordSchema.parse({
      currentPassword: formData.get("currentPassword") ?? undefined,
      newPassword: formData.get("newPassword") ?? undefined,
    });
    await auth.api.changePassword({ body: { ...input, revokeOtherSessions: true }, headers: await headers() });
    return { ok: true, message: t("passwordChanged") };
  } catch (error) {
    if (isAPIError(error))
      return { ok: false, message: t("passwordRefused"), fieldErrors: { currentPassword: [t("passwordRefused")] } };
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
    const viewer = await requireViewer();
    const { name } = apiTokenNameSchema.parse({ name: formData.get("name") ?? undefined });
    const token = await createApiToken(viewer.id, name);
    refresh();
    return { ok: true, data: token, message: t("tokenCreated") };
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
}

export async function revokeApiTokenAction(tokenId: string, _previous: FormState): Promise<FormState> {
  const t = await getTranslations("Account");
  try {
    const viewer = await requireViewer();
    if (!(await revokeApiToken(viewer.id, tokenId))) throw new NotFoundError();
    refresh();
    return { ok: true, message: t("tokenRevoked") };
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
}
