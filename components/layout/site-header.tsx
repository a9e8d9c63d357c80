import { getLocale, getTranslations } from "next-intl/server";
import { CommandPalette } from "@/components/search/command-palette";
import { SearchForm } from "@/components/search/search-form";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { AccountMenu } from "./account-menu";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <header className="border-b border-slate-200 bg-brand-900 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/" className="text-lg font-bold tracking-tight hover:underline">
          {t("Site.name")}
        </Link>
        <nav aria-label={t("Nav.label")} className="flex-1">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
            <li>
              <Link href="/" className="hover:underline">
                {t("Nav.home")}
              </Link>
            </li>
            <li>
              <Link href="/sectors" className="hover:underline">
                {t("Nav.sectors")}
              </Link>
            </li>
            <li>
              <Link href="/timeline" className="hover:underline">
                {t("Nav.timeline")}
              </Link>
            </li>
            <li>
              <Link href="/whats-new" className="hover:underline">
                {t("Nav.whatsNew")}
              </Link>
            </li>
            <li>
              <Link href="/following" className="hover:underline">
                {t("Nav.following")}
              </Link>
            </li>
          </ul>
        </nav>
        <div className="flex w-full items-center gap-2 sm:w-auto">
          <div className="flex-1 sm:w-64">
            <SearchForm locale={locale as Locale} id="site-search" compact />
          </div>
          <CommandPalette />
        </div>
        <AccountMenu />
        <LanguageSwitch />
      </div>
    </header>
  );
}
