import { siteUrl } from "@/lib/env";
import "server-only";
import { getTranslations } from "next-intl/server";
import { type ActivityScope, listActivity } from "@/lib/data/activity";
import { cachedResponse } from "@/lib/http/cache";
import { localized } from "@/lib/i18n/localized";
import { isLocale, type Locale } from "@/lib/i18n/routing";
import { buildAtomFeed, type FeedLabels } from "./atom";

/** Feeds are served once for both languages; `?lang=en` picks English, Korean otherwise. */
export function feedLocale(request: Request): Locale {
  const lang = new URL(request.url).searchParams.get("lang");
  return isLocale(lang) ? lang : "ko";
}

export function siteOrigin(request: Request): string {
  return siteUrl(new URL(request.url).origin);
}

async function feedLabels(locale: Locale, title: string): Promise<FeedLabels> {
  const [t, ts, tt, tsite] = await Promise.all([
    getTranslations({ locale, namespace: "Feeds" }),
    getTranslations({ locale, namespace: "Status" }),
    getTranslations({ locale, namespace: "Timeline" }),
    getTranslations({ locale, namespace: "Site" }),
  ]);
  return {
    title,
    subtitle: t("subtitle"),
    author: tsite("name"),
    event: t("event"),
    eventType: (type) => tt(`types.${type}` as "types.other"),
    status: (item) =>
      t("statusChange", {
        measure: `${item.measure.id} ${localized(item.measure, "title", locale)}`,
        status: ts(item.status),
        verification: ts(item.verified ? "verified" : "claimed"),
      }),
    note: (item) => t("note", { author: item.author }),
  };
}

/** An Atom response for some activity, with ETag and Cache-Control like the API. */
export async function atomResponse(
  request: Request,
  {
    title,
    selfPath,
    alternatePath,
    scope,
  }: { title: (locale: Locale) => Promise<string>; selfPath: string; alternatePath: string; scope?: ActivityScope },
) {
  const locale = feedLocale(request);
  const [items, labels] = await Promise.all([
    listActivity({ scope, limit: 50 }),
    title(locale).then((text) => feedLabels(locale, text)),
  ]);
  const xml = buildAtomFeed({
    origin: siteOrigin(request),
    locale,
    selfPath: `${selfPath}?lang=${locale}`,
    alternatePath,
    labels,
    items,
  });
  return cachedResponse(request, xml, "application/atom+xml; charset=utf-8");
}

export async function feedTitle(
  locale: Locale,
  key: "whatsNewTitle" | "measureTitle" | "sectorTitle",
  values: Record<string, string> = {},
) {
  const t = await getTranslations({ locale, namespace: "Feeds" });
  return t(key, values);
}
