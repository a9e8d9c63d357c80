"use client";

import { useLocale, useTranslations } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { Link, usePathname } from "@/lib/i18n/navigation";

function SwitchLink({ query }: { query?: Record<string, string> }) {
  const t = useTranslations("Nav");
  const locale = useLocale();
  const pathname = usePathname();
  const other = locale === "ko" ? "en" : "ko";
  return (
    <Link
      href={query ? { pathname, query } : pathname}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={t("switchToLabel")}
      className="rounded border border-white/60 px-2 py-1 text-sm hover:bg-white hover:text-brand-900"
    >
      {t("switchTo")}
    </Link>
  );
}

function SwitchKeepingQuery() {
  const params = useSearchParams();
  return <SwitchLink query={Object.fromEntries(params)} />;
}

/** Links to the same page in the other language, keeping the query (a search, its filters). */
export function LanguageSwitch() {
  return (
    <Suspense fallback={<SwitchLink />}>
      <SwitchKeepingQuery />
    </Suspense>
  );
}
