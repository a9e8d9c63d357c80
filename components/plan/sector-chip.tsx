import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Sector = { id: string; nameEn: string; nameKo: string; horizon: string };

export function SectorChip({ sector, locale }: { sector: Sector; locale: Locale }) {
  const nearTerm = sector.horizon === "near-term";
  return (
    <Link
      href={`/sectors/${sector.id}`}
      className={`inline-block w-fit self-start rounded-full border px-2.5 py-0.5 text-xs font-medium hover:underline ${
        nearTerm ? "border-amber-700 bg-amber-50 text-amber-900" : "border-teal-700 bg-teal-50 text-teal-900"
      }`}
    >
      {localized(sector, "name", locale)}
    </Link>
  );
}

export function SectorChips({
  sectors,
  locale,
  emptyLabel,
}: {
  sectors: Sector[];
  locale: Locale;
  emptyLabel?: string;
}) {
  if (sectors.length === 0) {
    return emptyLabel ? <p className="text-xs text-slate-600">{emptyLabel}</p> : null;
  }
  return (
    <ul className="flex flex-wrap gap-1.5">
      {sectors.map((sector) => (
        <li key={sector.id}>
          <SectorChip sector={sector} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
