import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SectorStatusChart } from "@/components/charts/action-status-charts";
import { HorizonBadge } from "@/components/plan/horizon-badge";
import { PageHeading } from "@/components/plan/page-heading";
import { listSectors } from "@/lib/data/sectors";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Sector" });
  return { title: t("indexTitle"), description: t("indexIntro") };
}

export default async function SectorsPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const [t, sectors] = await Promise.all([getTranslations("Sector"), listSectors()]);

  return (
    <>
      <PageHeading title={t("indexTitle")} lead={<p>{t("indexIntro")}</p>} />
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sectors.map((sector) => (
          <li key={sector.id} className="flex flex-col rounded-lg border border-slate-200 p-5">
            <h2 className="text-lg font-bold">
              <Link href={`/sectors/${sector.id}`} className="hover:underline">
                {localized(sector, "name", locale)}
              </Link>
            </h2>
            <p className="mt-1">
              <HorizonBadge horizon={sector.horizon} />
            </p>
            <p className="mt-2 flex-1 text-sm text-slate-700">{localized(sector, "description", locale)}</p>
            <p className="mt-3 text-sm font-semibold">{t("measureCount", { count: sector.measureCount })}</p>
          </li>
        ))}
      </ul>
      <div className="mt-10">
        <SectorStatusChart locale={locale} id="sectors-status-chart" />
      </div>
    </>
  );
}
