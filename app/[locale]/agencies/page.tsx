import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgencyStatusChart } from "@/components/charts/action-status-charts";
import { PageHeading } from "@/components/plan/page-heading";
import { listAgencies } from "@/lib/data/agencies";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

export const revalidate = 60;

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Agencies" });
  return { title: t("title"), description: t("intro") };
}

/** Every agency the recommended actions name, with how many it leads and supports. */
export default async function AgenciesPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const [t, agencies] = await Promise.all([getTranslations("Agencies"), listAgencies()]);
  return (
    <>
      <PageHeading title={t("title")} lead={<p>{t("intro")}</p>} />
      {agencies.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" data-testid="agency-list">
          {agencies.map((agency) => (
            <li key={agency.id} className="rounded-lg border border-slate-200 p-3">
              <Link href={`/agencies/${agency.id}`} className="font-semibold text-brand-700 underline">
                {agency.abbreviation ? `${agency.abbreviation} · ` : ""}
                {localized(agency, "name", locale)}
              </Link>
              <p className="mt-1 text-sm text-slate-700">
                {t("leadsCount", { count: agency.leads })} · {t("partnersCount", { count: agency.partners })}
              </p>
            </li>
          ))}
        </ul>
      )}
      <div className="mt-10">
        <AgencyStatusChart locale={locale} id="agencies-status-chart" />
      </div>
    </>
  );
}
