import "server-only";
import { db } from "@/lib/db";
import type { MeasureFilters } from "@/lib/validations/api";
import { listLatestEventByMeasure } from "./events";
import { listCurrentStatuses, statusOf } from "./status";

/**
 * Every measure with its pillar, sectors, current status and latest event, in the plan's order:
 * what the exports and the public API serve. Four queries whatever the number of measures.
 */
export async function listMeasuresWithStatus(filters: MeasureFilters = {}) {
  const [measures, statuses, latestEvents] = await Promise.all([
    db.measure.findMany({
      where: {
        ...(filters.pillar ? { pillarId: filters.pillar } : {}),
        ...(filters.sector ? { sectors: { some: { sectorId: filters.sector } } } : {}),
      },
      orderBy: { sequence: "asc" },
      select: {
        id: true,
        slug: true,
        titleEn: true,
        titleKo: true,
        pillar: { select: { id: true, titleEn: true, titleKo: true } },
        sectors: { orderBy: { sector: { position: "asc" } }, select: { sectorId: true } },
      },
    }),
    listCurrentStatuses(),
    listLatestEventByMeasure(),
  ]);
  return measures
    .map(({ sectors, ...measure }) => {
      const event = latestEvents.get(measure.id);
      return {
        ...measure,
        sectors: sectors.map((link) => link.sectorId),
        status: statusOf(statuses, measure.id),
        lastEvent: event
          ? {
              id: event.id,
              type: event.type,
              occurredOn: event.occurredOn,
              titleEn: event.titleEn,
              titleKo: event.titleKo,
            }
          : null,
      };
    })
    .filter((measure) => !filters.status || measure.status.status === filters.status);
}

export type MeasureWithStatus = Awaited<ReturnType<typeof listMeasuresWithStatus>>[number];
