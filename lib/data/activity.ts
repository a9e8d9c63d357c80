import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { EventType } from "@/lib/validations/events";
import type { ImplementationStatus } from "@/lib/validations/status";
import { eventContent, measureLink, sectorChip } from "./selections";

/** What "what's new" and "following" list: events, status changes and shared notes. */
export type ActivityItem =
  | {
      kind: "event";
      id: string;
      /** Set on events seeded from content/: stable across installs, unlike the row id. */
      seedKey: string | null;
      /** When it was recorded here (what "new" and the feeds go by). It happened on `occurredOn`. */
      at: Date;
      type: EventType;
      occurredOn: string;
      titleEn: string | null;
      titleKo: string | null;
      summaryEn: string | null;
      summaryKo: string | null;
      sourceUrl: string | null;
      measures: { id: string; slug: string; titleEn: string; titleKo: string }[];
    }
  | {
      kind: "status";
      id: string;
      at: Date;
      status: ImplementationStatus;
      verified: boolean;
      reason: string;
      author: string;
      /** Set on the editors' assessments: their time is the day their event happened, not a moment. */
      seedKey: string | null;
      measure: { id: string; slug: string; titleEn: string; titleKo: string };
    }
  | {
      kind: "note";
      id: string;
      at: Date;
      body: string;
      author: string;
      measure: { id: string; slug: string; titleEn: string; titleKo: string } | null;
      sector: { id: string; nameEn: string; nameKo: string; horizon: string } | null;
    };

/** Limits the activity to some measures and sectors (a follower's); undefined means everything. */
export type ActivityScope = { measureIds: string[]; sectorIds: string[] };

/**
 * The list's order: by the day things happened (an event's date, a change's or note's day), newest
 * first, then by when they were recorded. An event is a day, never a moment, so it sorts by day.
 */
function dayOf(item: ActivityItem): string {
  return item.kind === "event" ? item.occurredOn : item.at.toISOString().slice(0, 10);
}

export function compareActivity(a: ActivityItem, b: ActivityItem): number {
  return dayOf(b).localeCompare(dayOf(a)) || b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id);
}

async function measuresInScope(scope: ActivityScope) {
  if (scope.sectorIds.length === 0) return scope.measureIds;
  const links = await db.measureSector.findMany({
    where: { sectorId: { in: scope.sectorIds } },
    select: { measureId: true },
  });
  return [...new Set([...scope.measureIds, ...links.map((link) => link.measureId)])];
}

/**
 * The newest activity the viewer may see, newest first, optionally limited to a scope. Signed-out
 * readers (a null viewer: pages, public feeds) get events and status changes but no note, no note
 * count and no note author; signed-in ones (a session, or a private feed key) also get the shared
 * notes. Private notes never appear here: activity is what the team shares.
 */
export async function listActivity(
  viewer: Viewer | null,
  {
    scope,
    limit = 50,
  }: {
    scope?: ActivityScope;
    limit?: number;
  } = {},
): Promise<ActivityItem[]> {
  const measureIds = scope ? await measuresInScope(scope) : undefined;
  const [events, changes, notes] = await Promise.all([
    db.event.findMany({
      where: measureIds ? { measures: { some: { measureId: { in: measureIds } } } } : {},
      orderBy: [{ occurredOn: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        id: true,
        ...eventContent,
        seedKey: true,
        createdAt: true,
        measures: { orderBy: { measure: { sequence: "asc" } }, select: { measure: { select: measureLink } } },
      },
    }),
    db.statusChange.findMany({
      where: measureIds ? { measureId: { in: measureIds } } : {},
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit,
      select: {
        id: true,
        status: true,
        verified: true,
        reason: true,
        createdAt: true,
        seedKey: true,
        author: { select: { name: true } },
        measure: { select: measureLink },
      },
    }),
    listSharedNotes(
      viewer,
      scope ? { OR: [{ measureId: { in: measureIds } }, { sectorId: { in: scope.sectorIds } }] } : {},
      limit,
    ),
  ]);

  const items: ActivityItem[] = [
    ...events.map(({ measures, seedKey, createdAt, ...event }) => ({
      kind: "event" as const,
      ...event,
      seedKey,
      type: event.type as EventType,
      at: createdAt,
      measures: measures.map((link) => link.measure),
    })),
    ...changes.map(({ createdAt, author, status, ...change }) => ({
      kind: "status" as const,
      ...change,
      status: status as ImplementationStatus,
      at: createdAt,
      author: author.name,
    })),
    ...notes.map(({ createdAt, author, ...note }) => ({
      kind: "note" as const,
      ...note,
      at: createdAt,
      author: author.name,
    })),
  ];
  return items.sort(compareActivity).slice(0, limit);
}

/** Shared notes for the activity lists; none at all (not even a query) for a signed-out reader. */
async function listSharedNotes(viewer: Viewer | null, where: Prisma.NoteWhereInput, take: number) {
  if (!viewer) return [];
  return db.note.findMany({
    where: { visibility: "shared", deletedAt: null, ...where },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      body: true,
      createdAt: true,
      author: { select: { name: true } },
      measure: { select: measureLink },
      sector: { select: sectorChip },
    },
  });
}
