import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { BriefPeriodForm } from "@/components/briefs/brief-period-form";
import { BriefView } from "@/components/briefs/brief-view";
import { PageHeading } from "@/components/plan/page-heading";
import { getViewer } from "@/lib/auth/session";
import { composeBrief } from "@/lib/briefs/compose";
import { todayIso } from "@/lib/deadlines/state";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { briefPeriodErrorKey, briefPeriodSchema, monthOf, weekOf } from "@/lib/validations/briefs";
import { readSearchParams } from "@/lib/validations/timeline";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Briefs" });
  return { title: t("pageTitle"), description: t("intro") };
}

/** /{locale}/briefs?from=&to= — the brief of a period (this week without dates), with its downloads. */
export default async function BriefsPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const raw = readSearchParams(await searchParams);
  const today = todayIso();
  const parsed = briefPeriodSchema(today).safeParse(raw);
  const [t, viewer] = await Promise.all([getTranslations("Briefs"), getViewer()]);
  const brief = parsed.success ? await composeBrief({ period: parsed.data, locale, viewer, today }) : null;
  const error = parsed.success ? null : t(`errors.${briefPeriodErrorKey(parsed.error.issues[0]?.message)}`);
  const values = parsed.success ? parsed.data : { from: raw.from, to: raw.to };
  const query = parsed.success ? new URLSearchParams({ ...parsed.data, lang: locale }).toString() : "";

  return (
    <>
      <PageHeading title={t("title")} lead={<p>{t("intro")}</p>} />
      <div className="space-y-6">
        <BriefPeriodForm values={values} error={error} thisWeek={weekOf(today)} thisMonth={monthOf(today)} />
        {brief ? (
          <nav aria-label={t("downloads")} className="flex flex-wrap items-center gap-4 text-sm">
            <span className="font-semibold">{t("downloads")}:</span>
            <a href={`/exports/brief.md?${query}`} className="text-brand-700 underline">
              {t("markdown")}
            </a>
            <a href={`/exports/brief.pdf?${query}`} className="text-brand-700 underline">
              {t("pdf")}
            </a>
            <a href={`/feeds/briefs.xml?lang=${locale}`} className="text-brand-700 underline">
              {t("feed")}
            </a>
          </nav>
        ) : null}
        {brief ? <BriefView brief={brief} /> : null}
      </div>
    </>
  );
}
