import { getTranslations } from "next-intl/server";

/** The brief's timing for a sector: near-term (infrastructure, power) or following. */
export async function HorizonBadge({ horizon }: { horizon: string }) {
  const t = await getTranslations("Sector");
  const nearTerm = horizon === "near-term";
  return (
    <span
      className={`inline-block rounded px-2 py-0.5 text-xs font-semibold ${
        nearTerm ? "bg-amber-100 text-amber-900" : "bg-teal-100 text-teal-900"
      }`}
    >
      {t("horizon")}: {t(nearTerm ? "near-term" : "following")}
    </span>
  );
}
