import "server-only";
import { db } from "@/lib/db";
import type { ImplementationStatus } from "@/lib/validations/status";
import type { TimelineFilters } from "@/lib/validations/timeline";
import { listEvents, type TimelineEvent } from "./events";
import { measureLink } from "./selections";
import { parseSourceUrls } from "./status";

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
        author: string;
        measure: { id: string; slug: string; titleEn: string; titleKo: string };
      };
    };

/** Status changes in the timeline's scope; their date is the day they were recorded (UTC). */
async function listStatusChangesForTimeline(filters: TimelineFilters) {
  const rows = await db.statusChange.findMany({
    where: {
      ...(filters.measure ? { measureId: filters.measure } : {}),
      measure: {
        ...(filters.pillar ? { pillarId: filters.pillar } : {}),
        ...(filters.sector ? { sectors: { some: { sectorId: filters.sector } } } : {}),
      },
      createdAt: {
        ...(filters.from ? { gte: new Date(`${filters.from}T00:00:00Z`) } : {}),
        ...(filters.to ? { lt: new Date(new Date(`${filters.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
      },
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 500,
    select: {
      id: true,
      status: true,
      verified: true,
      reason: true,
      sourceUrls: true,
      createdAt: true,
      author: { select: { name: true } },
      measure: { select: measureLink },
    },
  });
  return rows.map(({ author, sourceUrls, status, ...change }) => ({
    ...change,
    status: status as ImplementationStatus,
    sourceUrls: parseSourceUrls(sourceUrls),
    author: author.name,
  }));
}

/** Events and status changes matching the filters, newest date first. */
export async function listTimeline(filters: TimelineFilters = {}): Promise<TimelineEntry[]> {
  const { type, ...scope } = filters;
  const [events, changes] = await Promise.all([
    type === "status-change" ? [] : listEvents({ ...scope, type }),
    type && type !== "status-change" ? [] : listStatusChangesForTimeline(scope),
  ]);
  const entries: TimelineEntry[] = [
    ...events.map((event) => ({ kind: "event" as const, date: event.occurredOn, event })),
    ...changes.map((change) => ({ kind: "status" as const, date: change.createdAt.toISOString().slice(0, 10), change })),
  ];
  // Same day: status changes (recorded at a time) before events (known only by date).
  return entries.sort((a, b) => b.date.localeCompare(a.date) || (a.kind === b.kind ? 0 : a.kind === "status" ? -1 : 1));
}
