import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ReportedStatus } from "@/lib/tracking/measure-status-rule";
import { listCurrentActionStatuses, NOT_REPORTED } from "./action-status";

/**
 * Every recommended action with what the tracker table, the API and the exports show: measure,
 * pillar, lead and partner agencies, sectors (its measure's), current status, last change and last
 * event. A fixed number of queries (five) whatever the number of actions or events: no N+1.
 */

const agencyChip = { id: true, abbreviation: true, nameEn: true, nameKo: true } as const;

async function selectActions() {
  return db.action.findMany({
    orderBy: { sequence: "asc" },
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
          id: true,
          slug: true,
          titleEn: true,
          titleKo: true,
          pillarId: true,
          sequence: true,
          sectors: { orderBy: { sector: { position: "asc" } }, select: { sectorId: true } },
        },
      },
      agencies: {
        orderBy: [{ role: "asc" }, { position: "asc" }],
        select: { role: true, agency: { select: agencyChip } },
      },
    },
  });
}

export type LastEvent = {
  id: string;
  type: string;
  occurredOn: string;
  titleEn: string | null;
  titleKo: string | null;
};

/** Each action's newest linked event, in one query over the (few) event–action links. */
async function listLastEventByAction(): Promise<Map<string, LastEvent>> {
  const rows = await db.$queryRaw<Array<LastEvent & { actionId: string }>>(Prisma.sql`
    SELECT actionId, id, type, occurredOn, titleEn, titleKo FROM (
      SELECT link.actionId AS actionId, e.id AS id, e.type AS type, e.occurredOn AS occurredOn,
             e.titleEn AS titleEn, e.titleKo AS titleKo,
             row_number() OVER (PARTITION BY link.actionId ORDER BY e.occurredOn DESC, e.createdAt DESC, e.id DESC) AS rank
      FROM EventAction AS link JOIN Event AS e ON e.id = link.eventId)
    WHERE rank = 1`);
  return new Map(rows.map(({ actionId, ...event }) => [actionId, event]));
}

export type AgencyChip = { id: string; abbreviation: string | null; nameEn: string; nameKo: string };

export type ActionRow = {
  id: string;
  sequence: number;
  position: number;
  titleEn: string;
  titleKo: string;
  summaryEn: string;
  summaryKo: string;
  measure: { id: string; slug: string; titleEn: string; titleKo: string; pillarId: string; sequence: number };
  pillarId: string;
  sectors: string[];
  leads: AgencyChip[];
  partners: AgencyChip[];
  status: ReportedStatus;
  lastEvent: LastEvent | null;
};

export async function listActionRows(): Promise<ActionRow[]> {
  const [actions, statuses, lastEvents] = await Promise.all([
    selectActions(),
    listCurrentActionStatuses(),
    listLastEventByAction(),
  ]);
  return actions.map(({ measure, agencies, ...action }) => {
    const { sectors, ...measureLink } = measure;
    return {
      ...action,
      measure: measureLink,
      pillarId: measure.pillarId,
      sectors: sectors.map((link) => link.sectorId),
      leads: agencies.filter((link) => link.role === "lead").map((link) => link.agency),
      partners: agencies.filter((link) => link.role === "partner").map((link) => link.agency),
      status: statuses.get(action.id) ?? NOT_REPORTED,
      lastEvent: lastEvents.get(action.id) ?? null,
    };
  });
}
