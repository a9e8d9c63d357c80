import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/plan/page-heading";
import { SourceList } from "@/components/plan/source-list";
import { loadAbout } from "@/lib/content/load";
import { getSourceDocument } from "@/lib/data/sources";
import { localized } from "@/lib/i18n/localized";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const about = loadAbout();
  return { title: localized(about, "title", locale), description: localized(about, "intro", locale) };
}

/** What the plan is, the three purposes it states and the brief's reading of it (content/about.json). */
export default async function AboutPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const about = loadAbout();
  const [t, source] = await Promise.all([getTranslations("About"), getSourceDocument(about.source)]);

  return (
    <>
      <PageHeading title={localized(about, "title", locale)} lead={<p>{localized(about, "intro", locale)}</p>} />
      <div className="max-w-3xl space-y-10">
        <section aria-labelledby="purposes-heading">
          <h2 id="purposes-heading" className="mb-4 text-xl font-bold">
            {t("purposesHeading")}
          </h2>
          <ol className="space-y-4">
            {about.purposes.map((purpose, index) => (
              <li key={purpose.titleEn} className="rounded-lg border border-slate-200 p-4">
                <h3 className="font-semibold text-slate-900">
                  <span className="mr-2 text-brand-700">{index + 1}.</span>
                  {localized(purpose, "title", locale)}
                </h3>
                <p className="mt-1 text-sm text-slate-700">{localized(purpose, "summary", locale)}</p>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="thesis-heading">
          <h2 id="thesis-heading" className="mb-2 text-xl font-bold">
            {t("thesisHeading")}
          </h2>
          <p className="text-slate-800">{localized(about, "thesis", locale)}</p>
        </section>

        {source ? (
          <section aria-labelledby="about-source-heading">
            <h2 id="about-source-heading" className="mb-2 text-xl font-bold">
              {t("sourceHeading")}
            </h2>
            <SourceList sources={[source]} locale={locale} />
          </section>
        ) : null}
      </div>
    </>
  );
}
