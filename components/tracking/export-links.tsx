import { getLocale, getTranslations } from "next-intl/server";

/** Download links for the CSV and JSON exports, carrying the page's filters and its language. */
const LABELS = {
  measures: ["measuresCsv", "measuresJson"],
  events: ["eventsCsv", "eventsJson"],
  actions: ["actionsCsv", "actionsJson"],
} as const;

export async function ExportLinks({ kind, query = "" }: { kind: keyof typeof LABELS; query?: string }) {
  const [t, locale] = await Promise.all([getTranslations("Exports"), getLocale()]);
  // A Korean page's download is for a Korean reader (headers, labels, page addresses in Korean).
  const params = new URLSearchParams(query);
  if (locale === "ko") params.set("lang", "ko");
  const suffix = params.size ? `?${params}` : "";
  return (
    <span className="flex flex-wrap items-center gap-3">
      <span className="font-semibold">{t("heading")}:</span>
      <a href={`/exports/${kind}.csv${suffix}`} download className="text-brand-700 underline">
        {t(LABELS[kind][0])}
      </a>
      <a href={`/exports/${kind}.json${suffix}`} download className="text-brand-700 underline">
        {t(LABELS[kind][1])}
      </a>
    </span>
  );
}
