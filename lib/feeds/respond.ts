import { siteUrl } from "@/lib/env";
import "server-only";
import { getTranslations } from "next-intl/server";
import type { Viewer } from "@/lib/auth/session";
import { type ActivityScope, listActivity } from "@/lib/data/activity";
import { findViewerByFeedKey } from "@/lib/data/feed-keys";
import { UnauthorizedError } from "@/lib/errors";
import { cachedResponse, PRIVATE_CACHE_CONTROL } from "@/lib/http/cache";
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

/**
 * Who a feed is for: nobody (a public feed: no notes) without `?key=`, the key's analyst with a
 * live one. A key that names nobody is a 401, not a quiet public feed: the reader should know.
 */
export async function feedViewer(request: Request): Promise<Viewer | null> {
  const key = new URL(request.url).searchParams.get("key");
  if (key === null) return null;
  const viewer = await findViewerByFeedKey(key);
  if (!viewer) throw new UnauthorizedError("This private feed address is not valid (revoked or replaced).");
  return viewer;
}

/**
 * An Atom response for some activity, with ETag and Cache-Control like the API. A private feed
 * (`?key=`) is `Cache-Control: private, no-store`, so neither shared caches nor the page cache keep it.
 */
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
  const viewer = await feedViewer(request);
  const [items, labels] = await Promise.all([
    listActivity(viewer, { scope, limit: 50 }),
    title(locale).then((text) => feedLabels(locale, text)),
  ]);
  const xml = buildAtomFeed({
    origin: siteOrigin(request),
    locale,
    // The key stays out of the feed's own links: a feed reader keeps the address it was given.
    selfPath: `${selfPath}?lang=${locale}`,
    alternatePath,
    labels,
    items,
  });
  const response = cachedResponse(request, xml, "application/atom+xml; charset=utf-8");
  if (viewer) {
    response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
    response.headers.set("Referrer-Policy", "no-referrer");
  }
  return response;
}

export async function feedTitle(
  locale: Locale,
  key: "whatsNewTitle" | "measureTitle" | "sectorTitle",
  values: Record<string, string> = {},
) {
  const t = await getTranslations({ locale, namespace: "Feeds" });
  return t(key, values);
}
