import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionList } from "@/components/actions/action-list";
import { ActionStatusCounts } from "@/components/actions/action-status-counts";
import { AgencyLinks } from "@/components/actions/agency-links";
import { MonthlyStatusChart } from "@/components/charts/action-status-charts";
import { PageHeading } from "@/components/plan/page-heading";
import { getAgencyById } from "@/lib/data/agencies";
import { localized } from "@/lib/i18n/localized";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { agencyIdField } from "@/lib/validations/fields";

export const revalidate = 60;

type Props = { params: Promise<{ locale: string; id: string }> };

async function findAgency(raw: string) {
  const id = agencyIdField.safeParse(raw);
  return id.success ? getAgencyById(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const agency = await findAgency((await params).id);
  return agency ? { title: localized(agency, "name", locale) } : {};
}

/** One agency: where it sits, what it leads and what it supports, with status counts for each. */
export default async function AgencyPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const agency = await findAgency((await params).id);
  if (!agency) notFound();
  const t = await getTranslations("Agencies");
  return (
    <>
      <PageHeading
        eyebrow={agency.abbreviation ?? undefined}
        title={localized(agency, "name", locale)}
        lead={
          <dl className="grid gap-x-4 text-sm sm:grid-cols-[8rem_1fr]">
            {agency.parent ? (
              <>
                <dt className="font-semibold">{t("parent")}</dt>
                <dd>
                  <AgencyLinks agencies={[agency.parent]} locale={locale} empty="" />
                </dd>
              </>
            ) : null}
            {agency.children.length ? (
              <>
                <dt className="font-semibold">{t("children")}</dt>
                <dd>
                  <AgencyLinks agencies={agency.children} locale={locale} empty="" />
                </dd>
              </>
            ) : null}
          </dl>
        }
      />
      <div className="grid gap-8 lg:grid-cols-2">
        <section aria-labelledby="leads-heading" className="space-y-3">
          <h2 id="leads-heading" className="text-lg font-bold">
            {t("leadsHeading")} <span className="font-normal text-slate-600">({agency.leads.length})</span>
          </h2>
          <ActionStatusCounts counts={agency.leadCounts} id="leads-progress" />
          {agency.leads.length ? (
            <ActionList actions={agency.leads} locale={locale} testId="agency-leads" />
          ) : (
            <p>{t("noneLed")}</p>
          )}
        </section>
        <section aria-labelledby="partners-heading" className="space-y-3">
          <h2 id="partners-heading" className="text-lg font-bold">
            {t("partnersHeading")} <span className="font-normal text-slate-600">({agency.partners.length})</span>
          </h2>
          <ActionStatusCounts counts={agency.partnerCounts} id="partners-progress" />
          {agency.partners.length ? (
            <ActionList actions={agency.partners} locale={locale} testId="agency-partners" />
          ) : (
            <p>{t("noneSupported")}</p>
          )}
        </section>
      </div>
      <div className="mt-8">
        <MonthlyStatusChart scope={{ agencyId: agency.id }} id="agency-status-chart" />
      </div>
    </>
  );
}
