import { getLocale, getTranslations } from "next-intl/server";
import { InboxHeaderLink } from "@/components/inbox/inbox-header-link";
import { CommandPalette } from "@/components/search/command-palette";
import { getPaletteLabels } from "@/components/search/palette-labels";
import { SearchForm } from "@/components/search/search-form";
import { getViewer } from "@/lib/auth/session";
import { getPathname, Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { AccountMenu } from "./account-menu";
import { LanguageSwitch } from "./language-switch";
import { NavLink } from "./nav-link";

const NAV_ITEMS = [
  { href: "/", key: "home" },
  { href: "/sectors", key: "sectors" },
  { href: "/tracker", key: "tracker" },
  { href: "/agencies", key: "agencies" },
  { href: "/timeline", key: "timeline" },
  { href: "/whats-new", key: "whatsNew" },
  { href: "/briefs", key: "briefs" },
  { href: "/following", key: "following" },
] as const;

/**
 * Two rows: brand, search and account on top; the sections of the site below, one line that
 * scrolls sideways on a phone. On a phone the search form folds behind an icon (<details>, so it
 * opens without JavaScript) and the palette button, a keyboard tool, is left out. The account menu
 * is rendered here from the request's viewer; the interactive leaves get their strings as props:
 * no message runtime is sent to the browser.
 */
export async function SiteHeader() {
  const [t, tSite, tSearch, locale, paletteLabels, viewer] = await Promise.all([
    getTranslations("Nav"),
    getTranslations("Site"),
    getTranslations("Search"),
    getLocale(),
    getPaletteLabels(),
    getViewer(),
  ]);
  const otherLocale = locale === "ko" ? "en" : "ko";
  return (
    <header className="site-header relative border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <div className="flex items-center gap-x-2 py-1 sm:flex-wrap sm:gap-x-4 sm:gap-y-2 sm:py-3">
          <Link
            href="/"
            className="min-w-0 truncate text-[0.95rem] font-bold tracking-tight hover:underline sm:text-lg"
          >
            {tSite("name")}
          </Link>
          <div className="hidden min-w-[16rem] flex-1 items-center gap-2 sm:flex sm:max-w-md">
            <div className="flex-1">
              <SearchForm locale={locale as Locale} id="site-search" compact />
            </div>
            <CommandPalette locale={locale} labels={paletteLabels} />
          </div>
          <div className="ml-auto flex shrink-0 items-center gap-1 sm:gap-3">
            <InboxHeaderLink />
            <details className="sm:hidden">
              <summary className="cursor-pointer list-none rounded hover:bg-white/10 [&::-webkit-details-marker]:hidden">
                <svg
                  aria-hidden="true"
                  viewBox="0 0 24 24"
                  className="h-5 w-5"
                  fill="none"
                  stroke="currentColor"
                  strokeWidth="2.25"
                >
                  <circle cx="11" cy="11" r="7" />
                  <path d="m20 20-3.5-3.5" strokeLinecap="round" />
                </svg>
                <span className="sr-only">{tSearch("label")}</span>
              </summary>
              <div className="absolute inset-x-0 top-full z-40 border-b border-white/20 bg-brand-900 px-4 py-3 shadow-lg">
                <SearchForm locale={locale as Locale} id="site-search-phone" compact />
              </div>
            </details>
            <AccountMenu viewer={viewer} />
            <LanguageSwitch locale={otherLocale} label={t("switchTo")} ariaLabel={t("switchToLabel")} />
          </div>
        </div>
        <nav aria-label={t("label")} className="-mx-4 overflow-x-auto px-4 sm:mx-0 sm:px-0 sm:pb-2">
          <ul className="flex gap-x-3 text-sm sm:flex-wrap sm:gap-x-4 sm:gap-y-1">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <NavLink
                  href={getPathname({ href: item.href, locale })}
                  label={t(item.key)}
                  exact={item.href === "/"}
                />
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
