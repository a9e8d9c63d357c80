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
