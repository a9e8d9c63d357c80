"use client";

import Link from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { Suspense } from "react";

type Props = { locale: string; label: string; ariaLabel: string };

function SwitchLink({ locale, label, ariaLabel, search = "" }: Props & { search?: string }) {
  // The current path with its first segment (the language) swapped: /en/measures/x → /ko/measures/x.
  const pathname = usePathname().replace(/^\/[^/]+/, `/${locale}`);
  return (
    <Link
      href={search ? `${pathname}?${search}` : pathname}
      // Like next-intl's locale-changing links: never prefetched, always a fresh page in the new language.
      prefetch={false}
      hrefLang={locale}
      lang={locale}
      aria-label={ariaLabel}
      className="rounded border border-white/60 px-2 py-1 text-sm hover:bg-white hover:text-brand-900"
    >
      {label}
    </Link>
  );
}

function SwitchKeepingQuery(props: Props) {
  return <SwitchLink {...props} search={useSearchParams().toString()} />;
}

/** Links to the same page in `locale` (the other language), keeping the query (a search, its filters). */
export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<SwitchLink {...props} />}>
      <SwitchKeepingQuery {...props} />
    </Suspense>
  );
}
