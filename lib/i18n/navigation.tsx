import "server-only";
import NextLink from "next/link";
import { redirect as nextRedirect } from "next/navigation";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";
import { getPathname } from "./paths";
import type { Locale } from "./routing";

// Written here rather than taken from next-intl's createNavigation: that module's Link is a client
// component, and merely importing it sends next-intl's runtime (≈ 12 KiB gzipped) to every page.
export { getPathname };

/** Redirects to `href` (written without the locale) in `locale`. */
export function redirect(args: Parameters<typeof getPathname>[0]): never {
  return nextRedirect(getPathname(args));
}

type NextLinkProps = ComponentProps<typeof NextLink>;
type LinkProps = Omit<NextLinkProps, "locale"> & { locale?: Locale };

/**
 * A link written without the locale (`/sectors`, or `{ pathname, query, hash }`), prefixed here on
 * the server with the page's locale (or `locale`), rendered as a plain next/link.
 */
export async function Link({ href, locale, ...props }: LinkProps) {
  const target = locale ?? ((await getLocale()) as Locale);
  // Only app paths get the prefix; an external or relative href is left as written.
  const localize = (pathname: string) =>
    pathname.startsWith("/") && !pathname.startsWith("//") ? getPathname({ href: pathname, locale: target }) : pathname;
  const localized: NextLinkProps["href"] =
    typeof href === "string" ? localize(href) : { ...href, pathname: localize(href.pathname ?? "/") };
  // No prefetch unless asked: every page renders per request, so prefetching the header's ten
  // links would cost ten server renders per page view (and RSC requests bypass the page cache).
  return <NextLink href={localized} prefetch={false} {...props} />;
}
