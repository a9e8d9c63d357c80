import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Agency = { id: string; abbreviation: string | null; nameEn: string; nameKo: string };

/** Agencies as links to their pages: the abbreviation, with the full name for hover and screen readers. */
export function AgencyLinks({ agencies, locale, empty }: { agencies: Agency[]; locale: Locale; empty: string }) {
  if (agencies.length === 0) return <span className="text-slate-600">{empty}</span>;
  return (
    <span className="inline-flex flex-wrap gap-x-2">
      {agencies.map((agency) => {
        const name = locale === "ko" ? agency.nameKo : agency.nameEn;
        return (
          <Link key={agency.id} href={`/agencies/${agency.id}`} className="text-brand-700 underline" title={name}>
            {agency.abbreviation ?? name}
            {agency.abbreviation ? <span className="sr-only"> ({name})</span> : null}
          </Link>
        );
      })}
    </span>
  );
}
