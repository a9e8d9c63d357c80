import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CompaniesSection } from "@/components/companies/companies-section";
import { DeadlineSection } from "@/components/deadlines/deadline-list";
import { NotesSection } from "@/components/notes/notes-section";
import { KeyPolicyList } from "@/components/plan/key-policy-list";
import { MeasureIdBadge } from "@/components/plan/measure-id-badge";
import { PageHeading } from "@/components/plan/page-heading";
import { SectorChip } from "@/components/plan/sector-chip";
import { SourceList } from "@/components/plan/source-list";
import { MeasureTracking } from "@/components/tracking/measure-tracking";
import { listDeadlines } from "@/lib/data/deadlines";
import { getMeasureBySlug } from "@/lib/data/measures";
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
  const measure = await getMeasureBySlug((await params).slug);
  if (!measure) return {};
  return {
    title: `${measure.id} ${localized(measure, "title", locale)}`,
    description: localized(measure, "summary", locale),
  };
}

export default async function MeasurePage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const notesLimit = noteListLimitSchema.parse((await searchParams).notes);
  const measure = await getMeasureBySlug((await params).slug);
  if (!measure) notFound();
  const [t, tp, deadlines] = await Promise.all([
    getTranslations("Measure"),
    getTranslations("Pillar"),
    listDeadlines({ measureId: measure.id }),
  ]);
  const sectionHeading = "mb-3 text-lg font-bold";

  return (
    <article className="space-y-10">
      <PageHeading
        eyebrow={
          <Link href={`/pillars/${measure.pillar.slug}`} className="hover:underline">
            {tp("label", { number: measure.pillar.number })} · {localized(measure.pillar, "title", locale)}
          </Link>
        }
        title={`${measure.id} ${localized(measure, "title", locale)}`}
        lead={
          locale === "ko" ? (
            <p className="text-sm text-slate-600">
              {t("otherLanguageTitle")}: <span lang="en">{measure.titleEn}</span>
            </p>
          ) : null
        }
      />

      <section aria-labelledby="summary-heading">
        <h2 id="summary-heading" className={sectionHeading}>
          {t("summary")}
        </h2>
        <p className="max-w-3xl text-base leading-relaxed">{localized(measure, "summary", locale)}</p>
        <p className="mt-2 text-sm text-slate-600">
          {t("briefCitation", { pillar: measure.pillar.number, item: measure.briefItem })}
        </p>
      </section>

      <MeasureTracking measure={measure} locale={locale} />

      <DeadlineSection deadlines={deadlines} locale={locale} calendarHref={`/feeds/measures/${measure.slug}.ics`} />

      <section aria-labelledby="sectors-heading">
        <h2 id="sectors-heading" className={sectionHeading}>
          {t("sectorsHeading")}
        </h2>
        {measure.sectors.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noSectors")}</p>
        ) : (
          <ul className="space-y-3">
            {measure.sectors.map(({ sector, ...rationale }) => (
              <li key={sector.id} className="flex flex-col gap-1 sm:flex-row sm:items-baseline sm:gap-3">
                <SectorChip sector={sector} locale={locale} />
                <p className="text-sm text-slate-700">{localized(rationale, "rationale", locale)}</p>
              </li>
            ))}
          </ul>
        )}
      </section>

      {measure.keyPolicies.length > 0 ? (
        <section aria-labelledby="key-policies-heading">
          <h2 id="key-policies-heading" className={sectionHeading}>
            {t("keyPoliciesHeading")}
          </h2>
          <KeyPolicyList policies={measure.keyPolicies} locale={locale} />
        </section>
      ) : null}

      <CompaniesSection
        scope={{ kind: "measure", measureId: measure.id }}
        locale={locale}
        signInReturnPath={`/measures/${measure.slug}`}
      />

      {/* The analyst's own writing comes before the reference list it draws on. */}
      <NotesSection
        target={{ measureId: measure.id }}
        targetRef={{ kind: "measure", slug: measure.slug }}
        signInReturnPath={`/measures/${measure.slug}`}
        limit={notesLimit}
      />

      <section aria-labelledby="sources-heading">
        <h2 id="sources-heading" className={sectionHeading}>
          {t("sourcesHeading")}
        </h2>
        <SourceList sources={measure.sources} locale={locale} />
      </section>

      <nav aria-label={t("neighbours")} className="grid gap-3 border-t border-slate-200 pt-6 sm:grid-cols-2">
        {measure.previous ? (
          <Link
            href={`/measures/${measure.previous.slug}`}
            rel="prev"
            className="rounded-lg border border-slate-200 p-3 hover:border-brand-700"
          >
            <span className="block text-xs text-slate-600">← {t("previous")}</span>
            <MeasureIdBadge id={measure.previous.id} />
            {localized(measure.previous, "title", locale)}
          </Link>
        ) : (
          <span />
        )}
        {measure.next ? (
          <Link
            href={`/measures/${measure.next.slug}`}
            rel="next"
            className="rounded-lg border border-slate-200 p-3 text-right hover:border-brand-700"
          >
            <span className="block text-xs text-slate-600">{t("next")} →</span>
            <MeasureIdBadge id={measure.next.id} />
            {localized(measure.next, "title", locale)}
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
