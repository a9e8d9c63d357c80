import { getTranslations } from "next-intl/server";
import { FIELD_ERROR_KEYS } from "@/lib/validations/field-error-keys";

/** Field errors in the reader's language (messages/*.json, namespace "Validation"). */
export async function localizeFieldErrors(fieldErrors: Record<string, string[] | undefined>) {
  const t = await getTranslations("Validation");
  return Object.fromEntries(
    Object.entries(fieldErrors).map(([field, messages]) => [
      field,
      messages?.map((message) => (FIELD_ERROR_KEYS[message] ? t(FIELD_ERROR_KEYS[message] as "url") : message)),
    ]),
  );
}
