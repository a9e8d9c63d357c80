/**
 * A change of a recommended action's implementation status, as an analyst submits it (form, action
 * or API). Every change carries a reason and at least one http(s) source, so that the history can be
 * audited. Measures have no status of their own to set: theirs is derived from their actions.
 */
import { z } from "zod";
import { actionIdField, httpUrl } from "./fields";
import { trimmedText } from "./text";
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from "./vocabulary";

export { IMPLEMENTATION_STATUSES, type ImplementationStatus };

/** A measure nobody has reported on yet. */
export const DEFAULT_STATUS: ImplementationStatus = "not-started";

export const MAX_SOURCES = 5;

export const actionStatusChangeSchema = z.object({
  actionId: actionIdField,
  status: z.enum(IMPLEMENTATION_STATUSES, { message: "Choose one of the four statuses." }),
  // "verified": a cited source verifies the status; otherwise it is only claimed.
  verified: z.boolean(),
  reason: trimmedText().pipe(
    z.string().min(1, "Give the reason for this change.").max(2000, "Keep the reason under 2,000 characters."),
  ),
  sourceUrls: z
    .array(httpUrl)
    .min(1, "Cite at least one source link.")
    .max(MAX_SOURCES, `Cite at most ${MAX_SOURCES} sources.`)
    .transform((urls) => [...new Set(urls)]),
});

export type ActionStatusChange = z.output<typeof actionStatusChangeSchema>;

function statusFields(form: FormData) {
  const sources = String(form.get("sourceUrls") ?? "")
    .split(/\s+/)
    .map((line) => line.trim())
    .filter(Boolean);
  return {
    status: form.get("status"),
    verified: form.get("verified") === "on",
    reason: form.get("reason") ?? "",
    sourceUrls: sources,
  };
}

/** Reads an action page's status form: one URL per line in `sourceUrls`, a checkbox for `verified`. */
export function actionStatusChangeFromForm(form: FormData) {
  return actionStatusChangeSchema.safeParse({ actionId: form.get("actionId"), ...statusFields(form) });
}
