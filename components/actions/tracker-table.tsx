import { getFormatter, getTranslations } from "next-intl/server";
import { DeadlineBadge } from "@/components/deadlines/deadline-badge";
import { StatusBadge } from "@/components/tracking/status-badge";
import type { ActionRow } from "@/lib/data/action-rows";
import type { DeadlineView } from "@/lib/data/deadlines";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { TrackerSort } from "@/lib/validations/tracker";
import { AgencyLinks } from "./agency-links";
import { SORT_LABEL } from "./tracker-filters";

type SectorName = { id: string; nameEn: string; nameKo: string };

const COLUMNS: { key: string; label: string; sort?: TrackerSort }[] = [
  { key: "id", label: "colId", sort: "plan" },
  { key: "title", label: "colTitle", sort: "title" },
  { key: "leads", label: "colLeads", sort: "lead" },
  { key: "status", label: "colStatus", sort: "status" },
  { key: "changed", label: "colChanged", sort: "changed" },
  { key: "event", label: "colEvent", sort: "event" },
  { key: "deadline", label: "colDeadline" },
  { key: "sectors", label: "colSectors" },
];

/**
 * The tracker table. In plan order its rows are grouped under their measure; sorted by another
 * column, it is one list (the id names the measure). Column headings are sort links carrying the
 * current filters, so sorting needs no JavaScript either.
 */
export async function TrackerTable({
  rows,
  sectors,
  query,
  sort,
  dir,
  locale,
  deadlines = new Map(),
}: {
  /** Each action's deadlines with their state today (lib/data/deadlines.ts). */
  deadlines?: Map<string, DeadlineView[]>;
  rows: ActionRow[];
  sectors: SectorName[];
  query: Record<string, string>;
  sort: TrackerSort;
  dir: "asc" | "desc";
  locale: Locale;
}) {
  const [t, format] = await Promise.all([getTranslations("Tracker"), getFormatter()]);
  const sectorName = new Map(sectors.map((sector) => [sector.id, localized(sector, "name", locale)]));
  const groups: { measure: ActionRow["measure"] | null; rows: ActionRow[] }[] = [];
  for (const row of rows) {
    if (sort === "plan" && groups.at(-1)?.measure?.id === row.measure.id) groups.at(-1)?.rows.push(row);
    else if (sort === "plan") groups.push({ measure: row.measure, rows: [row] });
    else if (groups.length === 0) groups.push({ measure: null, rows: [row] });
    else groups[0].rows.push(row);
  }
  const sortHref = (column: TrackerSort) => ({
    pathname: "/tracker",
    query: { ...query, sort: column, dir: sort === column && dir === "asc" ? "desc" : "asc" },
  });
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-sm" data-testid="tracker-table">
        <caption className="sr-only">
          {t("caption")}, {t("sortedBy", { column: t(SORT_LABEL[sort]), dir: t(dir) })}
        </caption>
        <thead>
          <tr className="border-b-2 border-slate-300 text-left">
            {COLUMNS.map((column) => (
              <th
                key={column.key}
                scope="col"
                className="px-2 py-2 font-semibold"
                aria-sort={
                  column.sort && column.sort === sort ? (dir === "asc" ? "ascending" : "descending") : undefined
                }
              >
                {column.sort ? (
                  <Link href={sortHref(column.sort)} className="text-brand-800 underline">
                    {t(column.label as "colId")}
                    {column.sort === sort ? <span aria-hidden="true">{dir === "asc" ? " ▲" : " ▼"}</span> : null}
                  </Link>
                ) : (
                  t(column.label as "colId")
                )}
              </th>
            ))}
          </tr>
        </thead>
        {groups.map((group) => (
          <tbody key={group.measure?.id ?? "all"}>
            {group.measure ? (
              <tr className="bg-slate-50">
                <th colSpan={COLUMNS.length} scope="colgroup" className="px-2 py-1.5 text-left font-semibold">
                  <Link href={`/measures/${group.measure.slug}`} className="hover:underline">
                    <span className="font-mono">{group.measure.id}</span> {localized(group.measure, "title", locale)}
                  </Link>
                </th>
              </tr>
            ) : null}
            {group.rows.map((row) => (
              <tr key={row.id} className="border-b border-slate-200 align-top" data-action={row.id}>
                <th scope="row" className="whitespace-nowrap px-2 py-2 text-left font-mono font-semibold">
                  <Link href={`/actions/${row.id}`} className="text-brand-700 underline">
                    {row.id}
                  </Link>
                </th>
                <td className="px-2 py-2">{localized(row, "title", locale)}</td>
                <td className="px-2 py-2" data-column="leads">
                  <AgencyLinks agencies={row.leads} locale={locale} empty={t("noLeadShort")} />
                </td>
                <td className="px-2 py-2" data-column="status">
                  <StatusBadge
                    status={row.status.status}
                    verified={row.status.verified}
                    showVerification={Boolean(row.status.changedAt)}
                  />
                </td>
                <td className="whitespace-nowrap px-2 py-2" data-column="changed">
                  {row.status.changedAt ? (
                    <time dateTime={row.status.changedAt.toISOString()}>
                      {format.dateTime(row.status.changedAt, { dateStyle: "medium" })}
                    </time>
                  ) : (
                    t("never")
                  )}
                </td>
                <td className="px-2 py-2" data-column="event">
                  {row.lastEvent ? (
                    <>
                      <time dateTime={row.lastEvent.occurredOn}>{row.lastEvent.occurredOn}</time>{" "}
                      {(locale === "ko"
                        ? (row.lastEvent.titleKo ?? row.lastEvent.titleEn)
                        : (row.lastEvent.titleEn ?? row.lastEvent.titleKo)) ?? ""}
                    </>
                  ) : (
                    t("never")
                  )}
                </td>
                <td className="px-2 py-2" data-column="deadline">
                  {(deadlines.get(row.id) ?? []).map((deadline) => (
                    <p key={deadline.id} className="mb-1 whitespace-nowrap">
                      <span className="mr-1 font-mono">{deadline.id}</span>
                      <DeadlineBadge state={deadline.state} />
                    </p>
                  ))}
                </td>
                <td className="px-2 py-2">{row.sectors.map((id) => sectorName.get(id) ?? id).join(", ")}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
