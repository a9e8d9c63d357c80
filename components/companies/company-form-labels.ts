import "server-only";
import { getTranslations } from "next-intl/server";
import type { CompanyFormLabels } from "./company-form";

/** The company form's strings in the page's language (the form is a client leaf without a message runtime). */
export async function getCompanyFormLabels(): Promise<CompanyFormLabels> {
  const t = await getTranslations("Companies");
  const keys = [
    "nameKo",
    "nameEn",
    "ticker",
    "tickerHint",
    "market",
    "rationale",
    "rationaleHint",
    "measures",
    "actions",
    "actionsHint",
    "visibility",
    "shared",
    "private",
  ] as const;
  return Object.fromEntries(keys.map((key) => [key, t(key)])) as CompanyFormLabels;
}
