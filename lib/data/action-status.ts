import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import {
  type DerivedMeasureStatus,
  deriveMeasureStatus,
  emptyCounts,
  type ReportedStatus,
  type StatusCountsByStatus,
} from "@/lib/tracking/measure-status-rule";
import { actionStatusChangeSchema, type ImplementationStatus } from "@/lib/validations/status";

/**
 * Statuses of recommended actions, and of measures derived from them. A status change on an
 * action also carries its measure's id, so a measure's history shows its actions' changes.
 */

export const NOT_REPORTED: ReportedStatus = { status: "not-started", verified: false, changedAt: null };

type NewestRow = { status: string; verified: boolean; createdAt: Date };

function toReported(row: NewestRow): ReportedStatus {
  return { status: row.status as ImplementationStatus, verified: row.verified, changedAt: row.createdAt };
}

/** The newest change of every action that has one: action id → status. One query. */
export async function listCurrentActionStatuses(
  where: { measureId?: string } = {},
): Promise<Map<string, ReportedStatus>> {
  const rows = await db.statusChange.findMany({
    where: { actionId: { not: null }, ...where },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    distinct: ["actionId"],
    select: { actionId: true, status: true, verified: true, createdAt: true },
  });
  return new Map(rows.map((row) => [row.actionId as string, toReported(row)]));
}

/** The newest measure-level change (recorded before statuses moved to actions) of each measure. */
async function listMeasureLevelStatuses(where: { measureId?: string } = {}): Promise<Map<string, ReportedStatus>> {
  const rows = await db.statusChange.findMany({
    where: { actionId: null, ...where },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    distinct: ["measureId"],
    select: { measureId: true, status: true, verified: true, createdAt: true },
  });
  return new Map(rows.map((row) => [row.measureId, toReported(row)]));
}

/** Every measure's status, derived by the one rule from its actions. Three queries. */
export async function listDerivedMeasureStatuses(
  where: { measureId?: string } = {},
): Promise<Map<string, DerivedMeasureStatus>> {
  const [measures, actions, actionStatuses, measureLevel] = await Promise.all([
    db.measure.findMany({ where: where.measureId ? { id: where.measureId } : {}, select: { id: true } }),
    db.action.findMany({ where, select: { id: true, measureId: true } }),
    listCurrentActionStatuses(where),
    listMeasureLevelStatuses(where),
  ]);
  const byMeasure = new Map<string, ReportedStatus[]>();
  for (const action of actions) {
    const list = byMeasure.get(action.measureId) ?? [];
    list.push(actionStatuses.get(action.id) ?? NOT_REPORTED);
    byMeasure.set(action.measureId, list);
  }
  return new Map(
    measures.map(({ id }) => [id, deriveMeasureStatus(byMeasure.get(id) ?? [], measureLevel.get(id) ?? null)]),
  );
}

export type ActionStatusCounts = { total: number; verified: number; counts: StatusCountsByStatus };

/** How many actions are in each status: all, a pillar's, a sector's (through its measures), or an agency's. */
export async function countActionStatuses(
  scope: { pillarId?: string; sectorId?: string; agencyId?: string; role?: "lead" | "partner" } = {},
): Promise<ActionStatusCounts> {
  const [actions, statuses] = await Promise.all([
    db.action.findMany({
      where: {
        ...(scope.pillarId ? { measure: { pillarId: scope.pillarId } } : {}),
        ...(scope.sectorId ? { measure: { sectors: { some: { sectorId: scope.sectorId } } } } : {}),
        ...(scope.agencyId
          ? { agencies: { some: { agencyId: scope.agencyId, ...(scope.role ? { role: scope.role } : {}) } } }
          : {}),
      },
      select: { id: true },
    }),
    listCurrentActionStatuses(),
  ]);
  const counts = emptyCounts();
  let verified = 0;
  for (const { id } of actions) {
    const current = statuses.get(id) ?? NOT_REPORTED;
    counts[current.status] += 1;
    if (current.verified && current.changedAt) verified += 1;
  }
  return { total: actions.length, verified, counts };
}

/**
 * Records a new status for an action. Append-only, like every status change: the database
 * refuses updates and deletes of StatusChange rows.
 */
export async function recordActionStatusChange(authorId: string, input: unknown) {
  const change = actionStatusChangeSchema.parse(input);
  const action = await db.action.findUnique({
    where: { id: change.actionId },
    select: { id: true, measureId: true },
  });
  if (!action) throw new NotFoundError(`There is no action "${change.actionId}".`);
  const row = await db.statusChange.create({
    data: {
      measureId: action.measureId,
      actionId: action.id,
      status: change.status,
      verified: change.verified,
      reason: change.reason,
      sourceUrls: JSON.stringify(change.sourceUrls),
      authorId,
    },
    select: { id: true, createdAt: true },
  });
  return { ...row, action };
}
