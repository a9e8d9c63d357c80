import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ActionProgress } from "@/components/actions/action-progress";
import { NoteCount } from "@/components/notes/note-count";
import { MeasureList } from "@/components/plan/measure-list";
import { PageHeading } from "@/components/plan/page-heading";
import { StatusProgress } from "@/components/tracking/status-progress";
import { getPillarBySlug } from "@/lib/data/pillars";
import { countStatuses } from "@/lib/data/status";
import { localized } from "@/lib/i18n/localized";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const pillar = await getPillarBySlug((await params).slug);
  if (!pillar) return {};
  return { title: localized(pillar, "title", locale), description: localized(pillar, "summary", locale) };
}

export default async function PillarPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const pillar = await getPillarBySlug((await params).slug);
  if (!pillar) notFound();
  const [t, progress] = await Promise.all([getTranslations("Pillar"), countStatuses({ pillarId: pillar.id })]);

  return (
    <>
      <PageHeading
        eyebrow={t("label", { number: pillar.number })}
        title={localized(pillar, "title", locale)}
        lead={<p>{localized(pillar, "summary", locale)}</p>}
      />
      <NoteCount pillarId={pillar.id} />
      <div className="mb-8">
        <StatusProgress counts={progress} id="pillar-progress" />
        <ActionProgress scope={{ pillarId: pillar.id }} id="pillar-action-progress" />
      </div>
      <section aria-labelledby="measures-heading">
        <h2 id="measures-heading" className="mb-4 text-xl font-bold">
          {t("measuresHeading")} <span className="font-normal text-slate-600">({pillar.measures.length})</span>
        </h2>
        <MeasureList measures={pillar.measures} locale={locale} noSectorsLabel={t("noSectors")} />
      </section>
    </>
  );
}
