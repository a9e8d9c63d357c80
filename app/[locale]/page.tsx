import { getTranslations } from "next-intl/server";
import { ActionProgress } from "@/components/actions/action-progress";
import { MonthlyStatusChart } from "@/components/charts/action-status-charts";
import { DeadlineSummary } from "@/components/deadlines/deadline-summary";
import { RecentNotesPanel } from "@/components/notes/recent-notes-panel";
import { KeyPolicyList } from "@/components/plan/key-policy-list";
import { PageHeading } from "@/components/plan/page-heading";
import { PillarSectorMatrix } from "@/components/plan/pillar-sector-matrix";
import { ExportLinks } from "@/components/tracking/export-links";
import { StatusProgress } from "@/components/tracking/status-progress";
import { summarizeDeadlines } from "@/lib/data/deadlines";
import { getPlanOverview } from "@/lib/data/plan";
import { countStatuses } from "@/lib/data/status";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export default async function HomePage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const [t, tp, overview, progress, deadlines] = await Promise.all([
    getTranslations("Home"),
    getTranslations("Pillar"),
    getPlanOverview(),
    countStatuses(),
    summarizeDeadlines(),
  ]);

  return (
    <div className="space-y-12">
      <PageHeading
        title={t("title")}
        lead={
          <>
            <p>{t("intro")}</p>
            <p className="mt-2">
              <Link href="/about" className="text-brand-700 underline underline-offset-2">
                {t("aboutLink")}
              </Link>
            </p>
          </>
        }
      />
      <RecentNotesPanel />

      <section aria-labelledby="pillars-heading">
        <h2 id="pillars-heading" className="mb-4 text-xl font-bold">
          {t("pillarsHeading")}
        </h2>
        <ol className="grid gap-4 md:grid-cols-3">
          {overview.pillars.map((pillar) => (
            <li key={pillar.id} className="flex flex-col rounded-lg border border-slate-200 p-5 shadow-sm">
              <p className="text-sm font-semibold text-brand-700">{tp("label", { number: pillar.number })}</p>
              <h3 className="mt-1 text-lg font-bold">
                <Link href={`/pillars/${pillar.slug}`} className="hover:underline">
                  {localized(pillar, "title", locale)}
                </Link>
              </h3>
              <p className="mt-2 flex-1 text-sm text-slate-700">{localized(pillar, "summary", locale)}</p>
              <p className="mt-3 text-sm font-semibold text-slate-900">
                {t("measureCount", { count: pillar.measureCount })}
              </p>
            </li>
          ))}
        </ol>
      </section>

      <div className="space-y-2">
        <StatusProgress counts={progress} id="plan-progress" />
        <ActionProgress id="plan-action-progress" />
        <p className="text-sm">
          <ExportLinks kind="measures" />
        </p>
      </div>

      <MonthlyStatusChart id="plan-status-chart" />

      <DeadlineSummary nextDue={deadlines.nextDue} overdue={deadlines.overdue} locale={locale} />

      <section aria-labelledby="key-policies-heading">
        <h2 id="key-policies-heading" className="text-xl font-bold">
          {t("keyPoliciesHeading")}
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-700">{t("keyPoliciesIntro")}</p>
        <KeyPolicyList policies={overview.keyPolicies} locale={locale} />
      </section>

      <section aria-labelledby="matrix-heading">
        <h2 id="matrix-heading" className="text-xl font-bold">
          {t("matrixHeading")}
        </h2>
        <p className="mb-4 mt-1 text-sm text-slate-700">{t("matrixIntro")}</p>
        <PillarSectorMatrix overview={overview} locale={locale} />
      </section>
    </div>
  );
}

export async function generateMetadata({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Home" });
  return { title: { absolute: t("title") }, description: t("intro") };
}
