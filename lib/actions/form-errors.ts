import "server-only";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { DomainError, ForbiddenError, TooManyRequestsError } from "@/lib/errors";
import { validationMessageKey } from "@/lib/validations/messages";
import type { FormState } from "./form-state";

/** Field messages of a zod error, in the page's language (the API keeps the English ones). */
export async function localizedFieldErrors(error: z.ZodError): Promise<Record<string, string[]>> {
  const t = await getTranslations("Validation");
  const fields = z.flattenError(error).fieldErrors as Record<string, string[]>;
  return Object.fromEntries(
    Object.entries(fields).map(([field, messages]) => [
      field,
      messages.map((message) => {
        const key = validationMessageKey(message);
        return key ? t(key) : message;
      }),
    ]),
  );
}

const DOMAIN_MESSAGE_KEYS: Partial<
  Record<DomainError["status"], "unauthorized" | "forbidden" | "notFound" | "conflict">
> = {
  401: "unauthorized",
  403: "forbidden",
  404: "notFound",
  409: "conflict",
};

/** Turns a zod or domain error into form state; anything else is re-thrown to the error page. */
export async function toFormError(error: unknown, fallback: string): Promise<FormState<never>> {
  if (error instanceof z.ZodError)
    return { ok: false, message: fallback, fieldErrors: await localizedFieldErrors(error) };
  if (error instanceof TooManyRequestsError) {
    const t = await getTranslations("RateLimit");
    return { ok: false, message: t("tooManyWrites", { seconds: error.retryAfterSeconds }) };
  }
  if (error instanceof ForbiddenError)
    return { ok: false, message: (await getTranslations("Validation"))(error.refusal) };
  if (error instanceof DomainError) {
    const t = await getTranslations("Validation");
    const key = DOMAIN_MESSAGE_KEYS[error.status];
    return { ok: false, message: key ? t(key) : error.message };
  }
  throw error;
}
