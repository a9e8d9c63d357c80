type QueryValue = string | number | readonly (string | number)[];

/** An app path written without the locale: `/sectors`, or `{ pathname, query }`. */
export type LocalelessHref = string | { pathname: string; query?: Record<string, QueryValue | undefined> };

function serializeQuery(query: Record<string, QueryValue | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  const serialized = params.toString();
  return serialized ? `?${serialized}` : "";
}

/**
 * The path of `href` in `locale`. Every page lives under its locale (routing.ts sets
 * `localePrefix: "always"`): `/` → `/ko`, `/sectors?x=1` → `/ko/sectors?x=1`.
 */
export function getPathname({ href, locale }: { href: LocalelessHref; locale: string }): string {
  const path = typeof href === "string" ? href : href.pathname + serializeQuery(href.query ?? {});
  // The home page is `/ko`, not `/ko/`.
  return `/${locale}${/^\/(\?|$)/.test(path) ? path.slice(1) : path}`;
}

const UNPREFIXED_PAGE = /^\/(?!api(?:\/|$)|_next|_vercel|.*\..*)/;

/**
 * Whether next-intl's routing handles this path: every path under a locale (`/en/actions/I-1.1`
 * too, whose id has a dot: the server actions posted there read their language from it), and
 * any other path that is not the API, Next's own, or a file name (`/feed.xml`, `/icon.svg`),
 * which it sends to a locale.
 */
export function isLocalizedPath(pathname: string, locales: readonly string[]): boolean {
  const [, first] = pathname.split("/", 2);
  return locales.includes(first) || UNPREFIXED_PAGE.test(pathname);
}
