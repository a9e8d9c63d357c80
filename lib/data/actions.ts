import "server-only";
import { db } from "@/lib/db";
import { filterActionRows, sortActionRows } from "@/lib/tracking/tracker-table";
import type { ActionFilters, TrackerQuery } from "@/lib/validations/tracker";
import { listActionRows } from "./action-rows";
import { listCurrentActionStatuses, NOT_REPORTED } from "./action-status";
import { eventContent, measureLink, statusChangeContent } from "./selections";
import { parseSourceUrls } from "./status";

/** The tracker table: the actions matching the filters, sorted, and how many there are in all. */
export async function listTrackerActions(query: TrackerQuery, locale: string) {
  const all = await listActionRows();
  return { rows: sortActionRows(filterActionRows(all, query), query.sort, query.dir, locale), total: all.length };
}

/** Actions matching the filters in plan order (the API and the exports). */
export async function listActions(filters: ActionFilters = {}) {
  return filterActionRows(await listActionRows(), filters);
}

/** Ids and titles of every action in plan order, for pickers (the event form). */
export async function listActionOptions() {
  return db.action.findMany({
    orderBy: { sequence: "asc" },
    select: { id: true, measureId: true, titleEn: true, titleKo: true },
  });
}

const agencyChip = { id: true, abbreviation: true, nameEn: true, nameKo: true } as const;

/** One action with everything its page shows; null when there is none. */
export async function getActionById(id: string) {
  const action = await db.action.findUnique({
    where: { id },
    select: {
      id: true,
      sequence: true,
      position: true,
      titleEn: true,
      titleKo: true,
      summaryEn: true,
      summaryKo: true,
      measure: {
        select: {
          ...measureLink,
          pillarId: true,
          sectors: { orderBy: { sector: { position: "asc" } }, select: { sectorId: true } },
        },
      },
      agencies: {
        orderBy: [{ role: "asc" }, { position: "asc" }],
        select: { role: true, agency: { select: agencyChip } },
      },
      sources: {
        orderBy: { sourceId: "asc" },
        select: { source: { select: { id: true, identifier: true, titleEn: true, titleKo: true, url: true } } },
      },
      statusChanges: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        select: { ...statusChangeContent, author: { select: { id: true, name: true } } },
      },
      events: {
        orderBy: [{ event: { occurredOn: "desc" } }, { event: { createdAt: "desc" } }],
        select: { event: { select: { id: true, ...eventContent, seedKey: true } } },
      },
    },
  });
  if (!action) return null;
  const { agencies, sources, statusChanges, events, measure, ...rest } = action;
  const history = statusChanges.map((change) => ({
    ...change,
    status: change.status as (typeof NOT_REPORTED)["status"],
    sourceUrls: parseSourceUrls(change.sourceUrls),
  }));
  const newest = history[0];
  return {
    ...rest,
    measure: { ...measure, sectors: measure.sectors.map((link) => link.sectorId) },
    leads: agencies.filter((link) => link.role === "lead").map((link) => link.agency),
    partners: agencies.filter((link) => link.role === "partner").map((link) => link.agency),
    sources: sources.map((link) => link.source),
    status: newest ? { status: newest.status, verified: newest.verified, changedAt: newest.createdAt } : NOT_REPORTED,
    history,
    events: events.map((link) => link.event),
  };
}

export type ActionDetail = NonNullable<Awaited<ReturnType<typeof getActionById>>>;

/** A measure's actions in plan order with their current status (measure page, measure API). */
export async function listMeasureActions(measureId: string) {
  const [actions, statuses] = await Promise.all([
    db.action.findMany({
      where: { measureId },
      orderBy: { position: "asc" },
      select: {
        id: true,
        titleEn: true,
        titleKo: true,
        agencies: {
          where: { role: "lead" },
          orderBy: { position: "asc" },
          select: { agency: { select: agencyChip } },
        },
      },
    }),
    listCurrentActionStatuses({ measureId }),
  ]);
  return actions.map(({ agencies, ...action }) => ({
    ...action,
    leads: agencies.map((link) => link.agency),
    status: statuses.get(action.id) ?? NOT_REPORTED,
  }));
}
