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

/** Seeded events happened on their date; analysts' events arrived when they were recorded. */
function eventTime(event: { seedKey: string | null; occurredOn: string; createdAt: Date }) {
  return event.seedKey ? new Date(`${event.occurredOn}T00:00:00Z`) : event.createdAt;
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
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
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
      at: eventTime({ seedKey, occurredOn: event.occurredOn, createdAt }),
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
  return items.sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id)).slice(0, limit);
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
