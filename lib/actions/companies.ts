"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import { createCompany, DuplicateCompanyError, deleteCompany, updateCompany } from "@/lib/data/companies";
import { boundIdSchema, companyInputSchema, companyUpdateSchema } from "@/lib/validations/companies";

import { toFormError } from "./form-errors";
import type { FormState } from "./form-state";
import { getWritingViewer } from "./writing-viewer";

/** What the form sent, as text, so a refused form (even without JavaScript) shows it again. */
export type CompanyFormValues = Record<string, string | string[]>;

function companyFields(formData: FormData) {
  return {
    nameKo: formData.get("nameKo") ?? undefined,
    nameEn: formData.get("nameEn") ?? undefined,
    ticker: formData.get("ticker") ?? undefined,
    market: formData.get("market") ?? undefined,
    rationale: formData.get("rationale") ?? undefined,
    visibility: formData.get("visibility") ?? undefined,
    measures: formData.getAll("measures"),
    actions: formData.get("actions") ?? undefined,
  };
}

function valuesOf(formData: FormData): CompanyFormValues {
  const values: CompanyFormValues = {};
  for (const [key, value] of formData)
    if (typeof value === "string" && !key.startsWith("$"))
      values[key] = key === "measures" ? [...((values[key] as string[]) ?? []), value] : value;
  return values;
}

/** The form's state after a refusal: the duplicate ticker beside its field, the rest by toFormError. */
async function refusal(error: unknown, formData: FormData): Promise<FormState<CompanyFormValues>> {
  const t = await getTranslations("Companies");
  if (error instanceof DuplicateCompanyError)
    return {
      ok: false,
      message: t("fixFields"),
      fieldErrors: { [error.field]: [t("duplicate")] },
      values: valuesOf(formData),
    };
  const state = await toFormError(error, t("fixFields"));
  return state.ok ? state : { ...state, values: valuesOf(formData) };
}

export async function createCompanyAction(
  sectorId: string,
  _previous: FormState<CompanyFormValues>,
  formData: FormData,
): Promise<FormState<CompanyFormValues>> {
  if (!(formData instanceof FormData)) return { ok: false, message: (await getTranslations("Companies"))("fixFields") };
  try {
    const input = companyInputSchema.parse(companyFields(formData));
    await createCompany(await getWritingViewer(), boundIdSchema.parse(sectorId), input);
  } catch (error) {
    return refusal(error, formData);
  }
  refresh();
  return { ok: true, message: (await getTranslations("Companies"))("saved") };
}

export async function updateCompanyAction(
  companyId: string,
  _previous: FormState<CompanyFormValues>,
  formData: FormData,
): Promise<FormState<CompanyFormValues>> {
  if (!(formData instanceof FormData)) return { ok: false, message: (await getTranslations("Companies"))("fixFields") };
  try {
    const update = companyUpdateSchema.parse(companyFields(formData));
    await updateCompany(await getWritingViewer(), boundIdSchema.parse(companyId), update);
  } catch (error) {
    return refusal(error, formData);
  }
  refresh();
  return { ok: true, message: (await getTranslations("Companies"))("saved") };
}

export async function deleteCompanyAction(companyId: string, _previous: FormState): Promise<FormState> {
  const t = await getTranslations("Companies");
  try {
    await deleteCompany(await getWritingViewer(), boundIdSchema.parse(companyId));
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
  refresh();
  return { ok: true, message: t("deleted") };
}
