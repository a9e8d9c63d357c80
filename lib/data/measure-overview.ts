import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { listLatestEventByMeasure, type TimelineEvent } from "./events";
import { type CurrentStatus, listCurrentStatuses, statusOf } from "./status";

export type MeasureOverview = {
  status: CurrentStatus;
  /** Signed in only: notes the viewer may read on the measure. */
  noteCount: number | null;
  /** Signed in only: the measure's latest event by date. */
  latestEvent: Pick<TimelineEvent, "id" | "occurredOn" | "titleEn" | "titleKo" | "type"> | null;
};

export type MeasureOverviews = { signedIn: boolean; of(measureId: string): MeasureOverview };

/**
 * What every list of measures (pillar, sector, search) shows beside each one: its status and,
 * for a signed-in viewer, its note count and latest event. A fixed number of queries for the
 * whole list (statuses 1, note counts 2, latest events 2), never one per measure.
 */
export async function listMeasureOverviews(viewer: Viewer | null): Promise<MeasureOverviews> {
  const [statuses, noteCounts, latestEvents] = await Promise.all([
    listCurrentStatuses(),
    viewer ? countReadableNotesByMeasure(viewer) : null,
    viewer ? listLatestEventByMeasure() : null,
  ]);
  return {
    signedIn: !!viewer,
    of(measureId) {
      const event = latestEvents?.get(measureId);
      return {
        status: statusOf(statuses, measureId),
        noteCount: noteCounts ? (noteCounts.get(measureId) ?? 0) : null,
        latestEvent: event
          ? {
              id: event.id,
              occurredOn: event.occurredOn,
              titleEn: event.titleEn,
              titleKo: event.titleKo,
              type: event.type,
            }
          : null,
      };
    },
  };
}

/** Live notes per measure the viewer may read: shared ones, plus their own (an admin: all). */
async function countReadableNotesByMeasure(viewer: Viewer): Promise<Map<string, number>> {
  // Shared notes and the viewer's others counted apart, each along a covering index (as countVisibleNotes).
  const count = (where: Prisma.NoteWhereInput) =>
    db.note.groupBy({
      by: ["measureId"],
      where: { deletedAt: null, measureId: { not: null }, ...where },
      _count: { _all: true },
    });
  const [shared, others] = await Promise.all([
    count({ visibility: "shared" }),
    count({ visibility: { not: "shared" }, ...(viewer.role === "admin" ? {} : { authorId: viewer.id }) }),
  ]);
  const counts = new Map<string, number>();
  for (const { measureId, _count } of [...shared, ...others]) {
    if (measureId) counts.set(measureId, (counts.get(measureId) ?? 0) + _count._all);
  }
  return counts;
}
