import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MeasureIdBadge } from "@/components/plan/measure-id-badge";
import { PageHeading } from "@/components/plan/page-heading";
import { ActivityList } from "@/components/tracking/activity-list";
import { getViewer } from "@/lib/auth/session";
import { listFollowedActivity } from "@/lib/data/follows";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Following" });
  return { title: t("title"), robots: { index: false } };
}

export default async function FollowingPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const [t, viewer] = await Promise.all([getTranslations("Following"), getViewer()]);
  if (!viewer) {
    return (
      <>
        <PageHeading title={t("title")} lead={<p>{t("intro")}</p>} />
        <p>
          <Link
            href={{ pathname: "/sign-in", query: { next: "/following" } }}
            className="font-semibold text-brand-700 underline"
          >
            {t("signIn")}
          </Link>
        </p>
      </>
    );
  }
  const { follows, items } = await listFollowedActivity(viewer, 100);
  const nothingFollowed = follows.measures.length === 0 && follows.sectors.length === 0;

  return (
    <>
      <PageHeading title={t("title")} lead={<p>{t("intro")}</p>} />
      {nothingFollowed ? (
        <p>{t("nothingFollowed")}</p>
      ) : (
        <div className="grid gap-8 lg:grid-cols-[1fr_18rem]">
          <section aria-label={t("title")} className="order-2 lg:order-1">
            {items.length === 0 ? <p>{t("empty")}</p> : <ActivityList items={items} locale={locale} />}
          </section>
          <aside className="order-1 space-y-4 text-sm lg:order-2">
            {follows.measures.length > 0 ? (
              <section aria-labelledby="followed-measures">
                <h2 id="followed-measures" className="mb-2 font-bold">
                  {t("measures")}
                </h2>
                <ul className="space-y-1">
                  {follows.measures.map((measure) => (
                    <li key={measure.id}>
                      <Link href={`/measures/${measure.slug}`} className="text-brand-700 hover:underline">
                        <MeasureIdBadge id={measure.id} />
                        {localized(measure, "title", locale)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
            {follows.sectors.length > 0 ? (
              <section aria-labelledby="followed-sectors">
                <h2 id="followed-sectors" className="mb-2 font-bold">
                  {t("sectors")}
                </h2>
                <ul className="space-y-1">
                  {follows.sectors.map((sector) => (
                    <li key={sector.id}>
                      <Link href={`/sectors/${sector.id}`} className="text-brand-700 hover:underline">
                        {localized(sector, "name", locale)}
                      </Link>
                    </li>
                  ))}
                </ul>
              </section>
            ) : null}
          </aside>
        </div>
      )}
    </>
  );
}
