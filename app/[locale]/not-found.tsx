import { getLocale, getTranslations } from "next-intl/server";
import { SearchForm } from "@/components/search/search-form";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** A lost reader gets a search box, the way out most likely to find what the link meant. */
export default async function NotFound() {
  const [t, locale] = await Promise.all([getTranslations("NotFound"), getLocale()]);
  return (
    <div className="space-y-4 py-12">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("body")}</p>
      <div className="max-w-md">
        <SearchForm locale={locale as Locale} id="not-found-search" />
      </div>
      <p>
        <Link href="/" className="text-brand-700 underline">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
