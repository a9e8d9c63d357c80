import "server-only";
import type { TimelinePage } from "@/lib/validations/paging";
import type { TimelineFilters } from "@/lib/validations/timeline";
import { type DeadlineView, listDeadlines } from "./deadlines";

/**
 * The deadlines that fall due within one page of the timeline, shown there as "due" entries.
 * The timeline is paged by keyset over events and status changes; deadlines (a few dozen) are
 * placed by date into the page whose span holds their due date: the first page reaches into the
 * future, the last into the past, and a page read after a cursor stops short of that cursor's
 * day (the page above took it). Filtered by type, the timeline shows no deadlines.
 */
export async function listDueEntriesForPage(
  filters: TimelineFilters,
  page: TimelinePage,
  span: { newest: string | null; oldest: string | null; hasNewer: boolean; hasOlder: boolean },
): Promise<DeadlineView[]> {
  if (filters.type) return [];
  const deadlines = await listDeadlines({
    measureId: filters.measure,
    pillarId: filters.pillar,
    sectorId: filters.sector,
  });
  const upper = page.after
    ? { date: page.after.date, inclusive: false }
    : span.hasNewer
      ? { date: span.newest, inclusive: true }
      : null;
  const lower = span.hasOlder ? span.oldest : null;
  return deadlines
    .filter((deadline) => {
      const due = deadline.dueOn;
      if (filters.from && due < filters.from) return false;
      if (filters.to && due > filters.to) return false;
      if (upper?.date && (upper.inclusive ? due > upper.date : due >= upper.date)) return false;
      if (lower && due < lower) return false;
      return true;
    })
    .reverse(); // newest first, like the timeline
}
