import { getTranslations } from "next-intl/server";
import type { SOURCE_KINDS } from "@/lib/content/schema";
import type { MeasureDetail } from "@/lib/data/measures";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import { localized, publisherName } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

type Source = MeasureDetail["sources"][number];

export async function SourceList({ sources, locale }: { sources: Source[]; locale: Locale }) {
  const [t, format] = await Promise.all([getTranslations("Source"), getDateFormatter()]);
  return (
    <ul className="space-y-3">
      {sources.map((source) => {
        const title = localized(source, "title", locale);
        return (
          <li key={source.id} className="text-sm">
            <p className="font-medium text-slate-900">
              {source.identifier ? <span className="mr-1 font-mono">{source.identifier}</span> : null}
              {source.url ? (
                <a href={source.url} className="text-brand-700 underline" rel="noopener noreferrer">
                  {title}
                </a>
              ) : (
                title
              )}
            </p>
            <p className="text-slate-600">
              {t(source.kind as (typeof SOURCE_KINDS)[number])} · {publisherName(source, locale)} ·{" "}
              {source.publishedOn ? t("published", { date: format.day(source.publishedOn) }) : t("undated")}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
