import { getLocale, getTranslations } from "next-intl/server";
import { InboxHeaderLink } from "@/components/inbox/inbox-header-link";
import { CommandPalette } from "@/components/search/command-palette";
import { getPaletteLabels } from "@/components/search/palette-labels";
import { SearchForm } from "@/components/search/search-form";
import { getViewer } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { AccountMenu } from "./account-menu";
import { LanguageSwitch } from "./language-switch";

const NAV_ITEMS = [
  { href: "/", key: "home" },
  { href: "/sectors", key: "sectors" },
  { href: "/tracker", key: "tracker" },
  { href: "/agencies", key: "agencies" },
  { href: "/timeline", key: "timeline" },
  { href: "/whats-new", key: "whatsNew" },
  { href: "/following", key: "following" },
] as const;

/**
 * Two rows: brand, search and account on top; the sections of the site below. The account menu
 * is rendered here from the request's viewer; the interactive leaves (palette, language switch)
 * get their strings as props: no message runtime is sent to the browser.
 */
export async function SiteHeader() {
  const [t, tSite, locale, paletteLabels, viewer] = await Promise.all([
    getTranslations("Nav"),
    getTranslations("Site"),
    getLocale(),
    getPaletteLabels(),
    getViewer(),
  ]);
  const otherLocale = locale === "ko" ? "en" : "ko";
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2 py-3">
          <Link href="/" className="text-lg font-bold tracking-tight hover:underline">
            {tSite("name")}
          </Link>
          <div className="flex min-w-[16rem] flex-1 items-center gap-2 sm:max-w-md">
            <div className="flex-1">
              <SearchForm locale={locale as Locale} id="site-search" compact />
            </div>
            <CommandPalette locale={locale} labels={paletteLabels} />
          </div>
          <div className="ml-auto flex items-center gap-3">
            <InboxHeaderLink />
            <AccountMenu viewer={viewer} />
            <LanguageSwitch locale={otherLocale} label={t("switchTo")} ariaLabel={t("switchToLabel")} />
          </div>
        </div>
        <nav aria-label={t("label")} className="pb-2">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="hover:underline">
                  {t(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
