import { getTranslations } from "next-intl/server";

/** A plain link to an Atom feed (an XML file outside the localized pages, so a normal <a>). */
export async function FeedLink({
  href,
  kind,
}: {
  href: string;
  kind: "subscribe" | "subscribeMeasure" | "subscribeSector";
}) {
  const t = await getTranslations("Feeds");
  return (
    <a href={href} type="application/atom+xml" className="inline-flex items-center gap-1 text-brand-700 underline">
      <span aria-hidden="true">⌁</span>
      {t(kind)}
    </a>
  );
}
