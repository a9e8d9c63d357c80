import { getTranslations } from "next-intl/server";
import { MeasureOverviewLine } from "@/components/plan/measure-overview-line";
import { SectorChips } from "@/components/plan/sector-chip";
import { getViewer } from "@/lib/auth/session";
import { listMeasureOverviews } from "@/lib/data/measure-overview";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { SearchResult } from "@/lib/search/search";
import { HighlightedSnippet } from "./highlighted-snippet";

/** Search results; a measure also shows its status and, signed in, its notes and latest event. */
export async function SearchResultList({ results, locale }: { results: SearchResult[]; locale: Locale }) {
  const [t, overviews] = await Promise.all([
    getTranslations("Search"),
    results.some((result) => result.type === "measure") ? getViewer().then(listMeasureOverviews) : null,
  ]);
  return (
    <ol className="space-y-4" aria-label={t("results")}>
      {results.map((result) => (
        <li key={`${result.type}-${result.id}`} className="rounded-lg border border-slate-200 p-4">
          <p className="text-xs font-semibold uppercase tracking-wide text-slate-600">
            {t(`types.${result.type}`)}
            {result.pillar ? ` · ${t("pillarLabel", { number: result.pillar.number })}` : ""}
          </p>
          <h2 className="mt-1 text-lg font-bold">
            <Link href={result.href} className="text-brand-900 hover:underline">
              {result.title}
            </Link>
          </h2>
          {result.type === "measure" && overviews ? (
            <div className="mt-1">
              <MeasureOverviewLine overview={overviews.of(result.id)} locale={locale} />
            </div>
          ) : null}
          <HighlightedSnippet parts={result.snippet} />
          <div className="mt-2">
            <SectorChips sectors={result.sectors} locale={locale} />
          </div>
        </li>
      ))}
    </ol>
  );
}
