import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MonthlyStatusChart } from "@/components/charts/action-status-charts";
import { CompaniesSection } from "@/components/companies/companies-section";
import { NoteCount } from "@/components/notes/note-count";
import { NotesSection } from "@/components/notes/notes-section";
import { HorizonBadge } from "@/components/plan/horizon-badge";
import { KeyPolicyBadges } from "@/components/plan/key-policy-badges";
import { MeasureIdBadge } from "@/components/plan/measure-id-badge";
import { MeasureOverviewLine } from "@/components/plan/measure-overview-line";
import { PageHeading } from "@/components/plan/page-heading";
import { SectorTracking } from "@/components/tracking/sector-tracking";
import { getViewer } from "@/lib/auth/session";
import { listMeasureOverviews } from "@/lib/data/measure-overview";
import { getSectorBySlug } from "@/lib/data/sectors";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { noteListLimitSchema } from "@/lib/validations/notes";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ notes?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const sector = await getSectorBySlug((await params).slug);
  if (!sector) return {};
  return { title: localized(sector, "name", locale), description: localized(sector, "description", locale) };
}

export default async function SectorPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const notesLimit = noteListLimitSchema.parse((await searchParams).notes);
  const sector = await getSectorBySlug((await params).slug);
  if (!sector) notFound();
  const [t, tp, overviews] = await Promise.all([
    getTranslations("Sector"),
    getTranslations("Pillar"),
    getViewer().then(listMeasureOverviews),
  ]);

  return (
    <>
      <PageHeading
        eyebrow={<HorizonBadge horizon={sector.horizon} />}
        title={localized(sector, "name", locale)}
        lead={<p>{localized(sector, "description", locale)}</p>}
      />
      <NoteCount sectorId={sector.id} />
      <SectorTracking sectorId={sector.id} locale={locale} />
      <div className="mb-8">
        <MonthlyStatusChart scope={{ sectorId: sector.id }} id="sector-status-chart" />
      </div>
      <section aria-labelledby="sector-measures-heading" className="space-y-6">
        <h2 id="sector-measures-heading" className="text-xl font-bold">
          {t("measuresHeading")} <span className="font-normal text-slate-600">({sector.measureCount})</span>
        </h2>
        {sector.byPillar.length === 0 ? <p className="text-sm">{t("noMeasures")}</p> : null}
        {sector.byPillar.map(({ pillar, measures }) => (
          <section
            key={pillar.id}
            id={`pillar-${pillar.id}`}
            aria-labelledby={`pillar-${pillar.id}-heading`}
            className="scroll-mt-4"
          >
            <h3 id={`pillar-${pillar.id}-heading`} className="mb-2 font-semibold text-brand-800">
              <Link href={`/pillars/${pillar.slug}`} className="hover:underline">
                {tp("label", { number: pillar.number })} · {localized(pillar, "title", locale)}
              </Link>
            </h3>
            <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200">
              {measures.map(({ measure, ...rationale }) => (
                <li key={measure.id} className="p-4">
                  <Link href={`/measures/${measure.slug}`} className="font-medium text-brand-800 hover:underline">
                    <MeasureIdBadge id={measure.id} />
                    {localized(measure, "title", locale)}
                  </Link>
                  <div className="mt-2">
                    <MeasureOverviewLine overview={overviews.of(measure.id)} locale={locale} />
                  </div>
                  <p className="mt-1 text-sm text-slate-700">{localized(rationale, "rationale", locale)}</p>
                  <div className="mt-2">
                    <KeyPolicyBadges policies={measure.keyPolicies.map((link) => link.keyPolicy)} locale={locale} />
                  </div>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </section>
      <div className="mt-10">
        <CompaniesSection
          scope={{
            kind: "sector",
            sectorId: sector.id,
            measureOptions: sector.byPillar.flatMap(({ measures }) =>
              measures.map(({ measure }) => ({
                id: measure.id,
                label: `${measure.id} ${localized(measure, "title", locale)}`,
              })),
            ),
          }}
          locale={locale}
          signInReturnPath={`/sectors/${sector.id}`}
        />
      </div>
      <div className="mt-10">
        <NotesSection
          target={{ sectorId: sector.id }}
          targetRef={{ kind: "sector", id: sector.id }}
          signInReturnPath={`/sectors/${sector.id}`}
          limit={notesLimit}
        />
      </div>
    </>
  );
}
