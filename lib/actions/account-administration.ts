"use server";

import { refresh } from "next/cache";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import {
  AccountGuardError,
  changeRole,
  deactivateAccount,
  reactivateAccount,
  setAccountPassword,
} from "@/lib/auth/guarded-account-changes";
import type { Viewer } from "@/lib/auth/session";
import { AdminOnlyError, UnauthorizedError } from "@/lib/errors";
import {
  changeRoleSchema,
  deactivateAccountSchema,
  reactivateAccountSchema,
  setAccountPasswordSchema,
} from "@/lib/validations/accounts";
import { readForm } from "./arguments";
import { toFormError } from "./form-errors";
import type { FormState } from "./form-state";
import { getWritingViewer } from "./writing-viewer";

/** The signed-in admin; counts the write against their rate limit like every writing action. */
async function requireAdmin(): Promise<Viewer> {
  const viewer = await getWritingViewer();
  if (!viewer) throw new UnauthorizedError();
  if (viewer.role !== "admin") throw new AdminOnlyError();
  return viewer;
}

function fieldsOf(value: unknown, names: string[]): Record<string, FormDataEntryValue | undefined> {
  const formData = readForm(value);
  return Object.fromEntries(names.map((name) => [name, formData.get(name) ?? undefined]));
}

/** Runs one admin change; refusals (guards, validation, permissions) come back as form state. */
async function manage(run: (admin: Viewer, requestHeaders: Headers) => Promise<string>): Promise<FormState<string>> {
  const t = await getTranslations("AdminAccounts");
  try {
    const admin = await requireAdmin();
    const message = await run(admin, await headers());
    refresh();
    return { ok: true, message };
  } catch (error) {
    if (error instanceof AccountGuardError) return { ok: false, message: t(`guard.${error.guard}`) };
    return await toFormError(error, t("fixFields"));
  }
}

export async function changeRoleAction(_previous: FormState<string>, formData: FormData): Promise<FormState<string>> {
  return manage(async (admin, requestHeaders) => {
    const input = changeRoleSchema.parse(fieldsOf(formData, ["userId", "role"]));
    const target = await changeRole(admin, requestHeaders, input);
    const t = await getTranslations("AdminAccounts");
    return t("roleChanged", { name: target.name, role: t(input.role === "admin" ? "roleAdmin" : "roleAnalyst") });
  });
}

export async function deactivateAccountAction(
  _previous: FormState<string>,
  formData: FormData,
): Promise<FormState<string>> {
  return manage(async (admin, requestHeaders) => {
    const input = deactivateAccountSchema.parse(fieldsOf(formData, ["userId", "confirm"]));
    const target = await deactivateAccount(admin, requestHeaders, input);
    return (await getTranslations("AdminAccounts"))("deactivated", { name: target.name });
  });
}

export async function reactivateAccountAction(
  _previous: FormState<string>,
  formData: FormData,
): Promise<FormState<string>> {
  return manage(async (admin, requestHeaders) => {
    const input = reactivateAccountSchema.parse(fieldsOf(formData, ["userId", "confirm"]));
    const target = await reactivateAccount(admin, requestHeaders, input);
    return (await getTranslations("AdminAccounts"))("reactivated", { name: target.name });
  });
}

export async function setAccountPasswordAction(
  _previous: FormState<string>,
  formData: FormData,
): Promise<FormState<string>> {
  return manage(async (admin, requestHeaders) => {
    const input = setAccountPasswordSchema.parse(fieldsOf(formData, ["userId", "newPassword"]));
    const target = await setAccountPassword(admin, requestHeaders, input);
    return (await getTranslations("AdminAccounts"))("passwordSet", { name: target.name });
  });
}
