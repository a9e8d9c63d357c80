import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { encodeCursor, TIMELINE_PAGE_SIZE, type TimelineCursor, type TimelinePage } from "@/lib/validations/paging";
import type { ImplementationStatus } from "@/lib/validations/status";
import type { TimelineFilters } from "@/lib/validations/timeline";
import { countEvents, cursorOf, findEventsBeyond, type TimelineEvent } from "./events";
import { measureLink, statusChangeContent } from "./selections";
import { parseSourceUrls } from "./status";
import { compareNewestFirst, type Direction, dayOf, statusChangesBeyond } from "./timeline-keyset";

export type TimelineEntry =
  | { kind: "event"; date: string; event: TimelineEvent }
  | {
      kind: "status";
      date: string;
      change: {
        id: string;
        status: ImplementationStatus;
        verified: boolean;
        reason: string;
        sourceUrls: string[];
        createdAt: Date;
        /** Set on the editors' assessments (docs/timeline.md). */
        seedKey: string | null;
        author: string;
        measure: { id: string; slug: string; titleEn: string; titleKo: string };
      };
    };

type Scope = Omit<TimelineFilters, "type">;

/** Status changes in the timeline's scope; their date is the day they were recorded (UTC). */
function statusChangeWhere(filters: Scope): Prisma.StatusChangeWhereInput {
  return {
    ...(filters.measure ? { measureId: filters.measure } : {}),
    ...(filters.pillar || filters.sector
      ? {
          measure: {
            pillarId: filters.pillar,
            sectors: filters.sector ? { some: { sectorId: filters.sector } } : undefined,
          },
        }
      : {}),
    createdAt: {
      ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
      ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
    },
  };
}

async function findStatusChangesBeyond(
  where: Prisma.StatusChangeWhereInput,
  cursor: TimelineCursor | undefined,
  limit: number,
  direction: Direction,
) {
  const order = direction === "older" ? "desc" : "asc";
  const rows = await db.statusChange.findMany({
    where: cursor ? { AND: [where, statusChangesBeyond(cursor, direction)] } : where,
    orderBy: [{ createdAt: order }, { id: order }],
    take: limit + 1,
    select: { ...statusChangeContent, author: { select: { name: true } }, measure: { select: measureLink } },
  });
  const changes = rows.slice(0, limit).map(({ author, sourceUrls, status, ...change }) => ({
    ...change,
    status: status as ImplementationStatus,
    sourceUrls: parseSourceUrls(sourceUrls),
    author: author.name,
  }));
  return { changes, more: rows.length > limit };
}

export function positionOf(entry: TimelineEntry): TimelineCursor {
  return entry.kind === "event"
    ? cursorOf(entry.event)
    : { date: entry.date, kind: "status", createdAt: entry.change.createdAt, id: entry.change.id };
}

/** What the filters select on each side: events, status changes, or both. */
function sidesOf(filters: TimelineFilters) {
  const { type, ...scope } = filters;
  return {
    events: type === "status-change" ? null : { ...scope, type },
    changes: type && type !== "status-change" ? null : statusChangeWhere(scope),
  };
}

/** How many entries match, and how many of them come before `cursor` (null: none). */
async function countEntries(filters: TimelineFilters, cursor: TimelineCursor | null) {
  const sides = sidesOf(filters);
  const newer = cursor ? { cursor, direction: "newer" as const } : undefined;
  const [events, changes, eventsBefore, changesBefore] = await Promise.all([
    sides.events ? countEvents(sides.events) : 0,
    sides.changes ? db.statusChange.count({ where: sides.changes }) : 0,
    sides.events && newer ? countEvents(sides.events, newer) : 0,
    sides.changes && newer
      ? db.statusChange.count({ where: { AND: [sides.changes, statusChangesBeyond(newer.cursor, "newer")] } })
      : 0,
  ]);
  const [total, before] = [events + changes, eventsBefore + changesBefore];
  return { total, before };
}

/**
 * One page of the timeline: events and status changes merged in date order, `TIMELINE_PAGE_SIZE`
 * at a time. `after` reads older entries than a cursor, `before` newer ones; each side is read
 * by keyset, so a page costs the same at entry 10,000 as at entry 1.
 */
export async function listTimelinePage(
  filters: TimelineFilters = {},
  page: TimelinePage = {},
  limit = TIMELINE_PAGE_SIZE,
) {
  const direction: Direction = page.before ? "newer" : "older";
  const cursor = page.before ?? page.after;
  const sides = sidesOf(filters);
  const [events, changes] = await Promise.all([
    sides.events ? findEventsBeyond(sides.events, { cursor, limit, direction }) : { events: [], more: false },
    sides.changes ? findStatusChangesBeyond(sides.changes, cursor, limit, direction) : { changes: [], more: false },
  ]);
  const merged: TimelineEntry[] = [
    ...events.events.map((event) => ({ kind: "event" as const, date: event.occurredOn, event })),
    ...changes.changes.map((change) => ({ kind: "status" as const, date: dayOf(change.createdAt), change })),
  ].sort((a, b) => compareNewestFirst(positionOf(a), positionOf(b)));
  // Reading newer entries, the page is the `limit` closest to the cursor: the end of the list.
  const entries = direction === "older" ? merged.slice(0, limit) : merged.slice(-limit);
  const first = entries[0] ? positionOf(entries[0]) : null;
  const lastEntry = entries.at(-1);
  const last = lastEntry ? positionOf(lastEntry) : null;
  // Without a cursor the page starts at the newest entry: nothing comes before it.
  const { total, before } = await countEntries(filters, cursor ? first : null);
  return {
    entries,
    total,
    /** 1-based position of the first entry shown. */
    from: entries.length ? before + 1 : 0,
    newer: first && before > 0 ? encodeCursor(first) : null,
    older: last && before + entries.length < total ? encodeCursor(last) : null,
  };
}
