import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/plan/page-heading";
import { ActivityList } from "@/components/tracking/activity-list";
import { FeedLink } from "@/components/tracking/feed-link";
import { getViewer } from "@/lib/auth/session";
import { listActivity } from "@/lib/data/activity";
import { recordWhatsNewVisit } from "@/lib/data/visits";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "WhatsNew" });
  return {
    title: t("title"),
    description: t("intro"),
    alternates: { types: { "application/atom+xml": `/feed.xml?lang=${locale}` } },
  };
}

export default async function WhatsNewPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const viewer = await getViewer();
  const [t, items, since] = await Promise.all([
    getTranslations("WhatsNew"),
    listActivity(viewer, { limit: 100 }),
    viewer ? recordWhatsNewVisit(viewer.id) : Promise.resolve(null),
  ]);
  const newCount = since ? items.filter((item) => item.at > since).length : 0;

  return (
    <>
      <PageHeading title={t("title")} lead={<p>{t("intro")}</p>} />
      <div className="space-y-4">
        <p className="flex flex-wrap items-center gap-4 text-sm">
          <FeedLink href={`/feed.xml?lang=${locale}`} kind="subscribe" />
          {newCount > 0 ? (
            <span className="font-semibold text-brand-800" data-testid="new-since-last-visit">
              {t("sinceLastVisit")}: {newCount}
            </span>
          ) : null}
        </p>
        {items.length === 0 ? <p>{t("empty")}</p> : <ActivityList items={items} locale={locale} since={since} />}
      </div>
    </>
  );
}
