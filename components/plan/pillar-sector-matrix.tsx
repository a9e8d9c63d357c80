import { getTranslations } from "next-intl/server";
import type { PlanOverview } from "@/lib/data/plan";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** Pillars down, sectors across; each cell counts the measures tying the two, linked to them. */
export async function PillarSectorMatrix({ overview, locale }: { overview: PlanOverview; locale: Locale }) {
  const t = await getTranslations("Home");
  const tp = await getTranslations("Pillar");
  return (
    <div className="relative overflow-x-auto rounded-lg border border-slate-200">
      <table className="w-full min-w-[40rem] border-collapse text-sm">
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
          </tr>
        </thead>
        <tbody>
          {overview.pillars.map((pillar) => (
            <tr key={pillar.id} className="border-t border-slate-200">
              <th scope="row" className="px-3 py-2 text-left font-medium">
                <Link href={`/pillars/${pillar.slug}`} className="hover:underline">
                  <span className="block text-xs text-slate-600">{tp("label", { number: pillar.number })}</span>
                  {localized(pillar, "title", locale)}
                </Link>
              </th>
              {overview.sectors.map((sector) => {
                const count = overview.countFor(pillar.id, sector.id);
                const label = t("matrixCell", {
                  count,
                  pillar: localized(pillar, "title", locale),
                  sector: localized(sector, "name", locale),
                });
                return (
                  <td key={sector.id} className="px-2 py-2 text-center">
                    {/* The count is the visible name; screen readers also hear what it counts. */}
                    {count > 0 ? (
                      <Link
                        href={`/sectors/${sector.id}#pillar-${pillar.id}`}
                        className="inline-flex h-9 min-w-9 items-center justify-center rounded-md bg-brand-100 px-2 font-semibold text-brand-900 hover:bg-brand-700 hover:text-white"
                      >
                        {count}
                        <span className="sr-only"> {label}</span>
                      </Link>
                    ) : (
                      <span className="text-slate-600">
                        0<span className="sr-only"> {label}</span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
