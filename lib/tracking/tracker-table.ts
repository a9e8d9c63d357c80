/**
 * Filtering and sorting the tracker's rows, in memory: the plan has 103 actions, all loaded in a
 * fixed number of queries, so narrowing them here costs microseconds and keeps one code path for
 * the page, the API and the exports.
 */
import type { ActionFilters, TrackerSort } from "@/lib/validations/tracker";
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from "@/lib/validations/vocabulary";

export type FilterableRow = {
  sequence: number;
  titleEn: string;
  titleKo: string;
  pillarId: string;
  measure: { id: string };
  sectors: string[];
  leads: { id: string; abbreviation: string | null; nameEn: string }[];
  partners: { id: string }[];
  status: { status: ImplementationStatus; verified: boolean; changedAt: Date | null };
  lastEvent: { occurredOn: string } | null;
};

export function filterActionRows<T extends FilterableRow>(rows: T[], filters: ActionFilters): T[] {
  return rows.filter(
    (row) =>
      (!filters.pillar || row.pillarId === filters.pillar) &&
      (!filters.measure || row.measure.id === filters.measure) &&
      (!filters.sector || row.sectors.includes(filters.sector)) &&
      (!filters.agency ||
        row.leads.some((agency) => agency.id === filters.agency) ||
        row.partners.some((agency) => agency.id === filters.agency)) &&
      (!filters.status || row.status.status === filters.status) &&
      (!filters.verified ||
        (filters.verified === "verified"
          ? row.status.changedAt !== null && row.status.verified
          : row.status.changedAt !== null && !row.status.verified)) &&
      (!filters.noLead || row.leads.length === 0),
  );
}

/** Sort keys; rows without a value (no lead, no change, no event) sort last in either direction. */
const keys: Record<TrackerSort, (row: FilterableRow, locale: string) => string | number | null> = {
  plan: (row) => row.sequence,
  title: (row, locale) => (locale === "ko" ? row.titleKo : row.titleEn),
  lead: (row) => row.leads[0]?.abbreviation ?? row.leads[0]?.nameEn ?? null,
  status: (row) => IMPLEMENTATION_STATUSES.indexOf(row.status.status),
  changed: (row) => row.status.changedAt?.getTime() ?? null,
  event: (row) => row.lastEvent?.occurredOn ?? null,
};

export function sortActionRows<T extends FilterableRow>(
  rows: T[],
  sort: TrackerSort,
  dir: "asc" | "desc",
  locale: string,
): T[] {
  const key = keys[sort];
  const collator = new Intl.Collator(locale);
  const sign = dir === "asc" ? 1 : -1;
  return [...rows].sort((a, b) => {
    const [x, y] = [key(a, locale), key(b, locale)];
    if (x === null || y === null) return x === y ? a.sequence - b.sequence : x === null ? 1 : -1;
    const order = typeof x === "string" && typeof y === "string" ? collator.compare(x, y) : Number(x) - Number(y);
    return order * sign || a.sequence - b.sequence;
  });
}
