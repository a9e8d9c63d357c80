import { getTranslations } from "next-intl/server";
import type { PlanOverview } from "@/lib/data/plan";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

const COUNT_LINK =
  "inline-flex h-11 min-w-11 items-center justify-center rounded-md px-2 font-semibold hover:bg-brand-700 hover:text-white";

/**
 * Pillars down, sectors across; each cell counts the measures tying the two and links to them,
 * zeros stay quiet, and the last row and column total each pillar and sector. On a narrow screen
 * the table scrolls inside its frame (its links take keyboard focus) with a shadow at the edge as the cue.
 */
export async function PillarSectorMatrix({ overview, locale }: { overview: PlanOverview; locale: Locale }) {
  const t = await getTranslations("Home");
  const tp = await getTranslations("Pillar");
  return (
    <div>
      <p className="mb-1 text-xs text-slate-600 sm:hidden" aria-hidden="true">
        {t("matrixScrollHint")} →
      </p>
      <section
        aria-label={t("matrixCaption")}
        data-testid="matrix-scroller"
        className="scroll-cue relative overflow-x-auto rounded-lg border border-slate-200"
      >
        <table className="w-full min-w-[44rem] border-collapse text-sm">
          <caption className="sr-only">{t("matrixCaption")}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className="px-3 py-2 text-left font-semibold">
                {t("pillarColumn")}
              </th>
              {overview.sectors.map((sector) => (
                <th key={sector.id} scope="col" className="px-2 py-2 text-center font-semibold">
                  <Link href={`/sectors/${sector.id}`} className="hover:underline">
                    {localized(sector, "name", locale)}
                  </Link>
                </th>
              ))}
              <th scope="col" className="border-l border-slate-200 px-2 py-2 text-center font-semibold">
                {t("matrixTotal")}
              </th>
            </tr>
          </thead>
          <tbody>
            {overview.pillars.map((pillar) => {
              const pillarTitle = localized(pillar, "title", locale);
              const total = overview.pillarTotal(pillar.id);
              return (
                <tr key={pillar.id} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link href={`/pillars/${pillar.slug}`} className="hover:underline">
                      <span className="block text-xs text-slate-600">{tp("label", { number: pillar.number })}</span>
                      {pillarTitle}
                    </Link>
                  </th>
                  {overview.sectors.map((sector) => {
                    const count = overview.countFor(pillar.id, sector.id);
                    const label = t("matrixCell", {
                      count,
                      pillar: pillarTitle,
                      sector: localized(sector, "name", locale),
                    });
                    return (
                      <td key={sector.id} className="px-2 py-2 text-center">
                        {/* The count is the visible name; screen readers also hear what it counts. */}
                        {count > 0 ? (
                          <Link
                            href={`/sectors/${sector.id}#pillar-${pillar.id}`}
                            className={`${COUNT_LINK} bg-brand-100 text-brand-900`}
                          >
                            {count}
                            <span className="sr-only"> {label}</span>
                          </Link>
                        ) : (
                          <span className="text-xs text-slate-600" data-zero="">
                            0<span className="sr-only"> {label}</span>
                          </span>
                        )}
                      </td>
                    );
                  })}
                  <td className="border-l border-slate-200 bg-slate-50 px-2 py-2 text-center">
                    <Link href={`/pillars/${pillar.slug}`} className={`${COUNT_LINK} text-brand-900 underline`}>
                      {total}
                      <span className="sr-only"> {t("matrixPillarTotal", { count: total, pillar: pillarTitle })}</span>
                    </Link>
                  </td>
                </tr>
              );
            })}
            <tr className="border-t-2 border-slate-300 bg-slate-50">
              <th scope="row" className="px-3 py-2 text-left font-semibold">
                {t("matrixTotal")}
              </th>
              {overview.sectors.map((sector) => {
                const total = overview.sectorTotal(sector.id);
                return (
                  <td key={sector.id} className="px-2 py-2 text-center">
                    <Link href={`/sectors/${sector.id}`} className={`${COUNT_LINK} text-brand-900 underline`}>
                      {total}
                      <span className="sr-only">
                        {" "}
                        {t("matrixSectorTotal", { count: total, sector: localized(sector, "name", locale) })}
                      </span>
                    </Link>
                  </td>
                );
              })}
              <td className="border-l border-slate-200" />
            </tr>
          </tbody>
        </table>
      </section>
    </div>
  );
}
