import { getTranslations } from "next-intl/server";
import type { ImplementationStatus } from "@/lib/validations/status";

// A shape per status, so the badge reads without colour: empty, quarter, half, full.
const GLYPH: Record<ImplementationStatus, string> = {
  "not-started": "○",
  "in-progress": "◔",
  "partially-implemented": "◑",
  implemented: "●",
};

const TONE: Record<ImplementationStatus, string> = {
  "not-started": "border-slate-400 bg-slate-50 text-slate-800",
  "in-progress": "border-amber-600 bg-amber-50 text-amber-900",
  "partially-implemented": "border-sky-700 bg-sky-50 text-sky-900",
  implemented: "border-green-700 bg-green-50 text-green-900",
};

/** "◑ Partially implemented · Verified": the status as text and shape, with its verification. */
export async function StatusBadge({
  status,
  verified,
  showVerification = true,
}: {
  status: ImplementationStatus;
  verified: boolean;
  showVerification?: boolean;
}) {
  const t = await getTranslations("Status");
  return (
    <span
      className={`inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-semibold ${TONE[status]}`}
      data-status={status}
    >
      <span aria-hidden="true">{GLYPH[status]}</span>
      {t(status)}
      {showVerification ? (
        <span className="font-normal" title={t(verified ? "verifiedHint" : "claimedHint")}>
          · {verified ? `✓ ${t("verified")}` : t("claimed")}
        </span>
      ) : null}
    </span>
  );
}

export { GLYPH as STATUS_GLYPH, TONE as STATUS_TONE };
