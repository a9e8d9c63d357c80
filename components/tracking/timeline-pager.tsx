import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

type Props = {
  /** The filters in effect, kept in every page link. */
  filters: Record<string, string>;
  from: number;
  shown: number;
  total: number;
  newer: string | null;
  older: string | null;
};

function hrefWith(filters: Record<string, string>, page: Record<string, string>) {
  const query = new URLSearchParams({ ...filters, ...page }).toString();
  return query ? `/timeline?${query}` : "/timeline";
}

/** "Entries 51–100 of 1,234" with links to the newer and older pages, filters kept. */
export async function TimelinePager({ filters, from, shown, total, newer, older }: Props) {
  const [t, format] = await Promise.all([getTranslations("TimelinePaging"), getFormatter()]);
  if (total === 0) return null;
  const link =
    "rounded border border-slate-300 px-3 py-1.5 font-semibold text-brand-700 hover:border-brand-700 hover:underline";
  return (
    <nav
      aria-label={t("label")}
      className="flex flex-wrap items-center justify-between gap-3 border-t border-slate-200 pt-4 text-sm"
    >
      {shown > 0 ? (
        <p data-testid="timeline-position">
          {t("position", {
            from: format.number(from),
            to: format.number(from + shown - 1),
            total: format.number(total),
          })}
        </p>
      ) : (
        // A cursor past the last entry (entries removed since): offer the way back.
        <Link href={hrefWith(filters, {})} className={link}>
          {t("newest")}
        </Link>
      )}
      <div className="flex flex-wrap gap-3">
        {newer ? (
          <Link href={hrefWith(filters, { before: newer })} rel="prev" className={link}>
            ← {t("newer")}
          </Link>
        ) : null}
        {older ? (
          <Link href={hrefWith(filters, { after: older })} rel="next" className={link}>
            {t("older")} →
          </Link>
        ) : null}
      </div>
    </nav>
  );
}
