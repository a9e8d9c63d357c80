import "server-only";
import { db } from "@/lib/db";
import { type DerivedMeasureStatus, deriveMeasureStatus } from "@/lib/tracking/measure-status-rule";
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from "@/lib/validations/status";
import { listDerivedMeasureStatuses } from "./action-status";
import { statusChangeContent } from "./selections";

/** A measure's status: derived from its actions by lib/tracking/measure-status-rule.ts. */
export type CurrentStatus = DerivedMeasureStatus;

const UNREPORTED: CurrentStatus = deriveMeasureStatus([], null);

export function parseSourceUrls(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((url): url is string => typeof url === "string") : [];
  } catch {
    return [];
  }
}

/**
 * A measure's full status history, newest first, with who made each change: its actions' changes
 * (actionId set) and the measure-level changes recorded before statuses moved to actions (actionId null).
 */
export async function listStatusHistory(measureId: string) {
  const rows = await db.statusChange.findMany({
    where: { measureId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { ...statusChangeContent, actionId: true, author: { select: { id: true, name: true } } },
  });
  return rows.map((row) => ({
    ...row,
    status: row.status as ImplementationStatus,
    sourceUrls: parseSourceUrls(row.sourceUrls),
  }));
}

export type StatusHistoryEntry = Awaited<ReturnType<typeof listStatusHistory>>[number];

/** The current status of one measure, derived from its actions (see measure-status-rule.ts). */
export async function getCurrentStatus(measureId: string): Promise<CurrentStatus> {
  return (await listDerivedMeasureStatuses({ measureId })).get(measureId) ?? UNREPORTED;
}

/** The current status of every measure, in a fixed number of queries: measure id → status. */
export async function listCurrentStatuses(): Promise<Map<string, CurrentStatus>> {
  return listDerivedMeasureStatuses();
}

export function statusOf(statuses: Map<string, CurrentStatus>, measureId: string): CurrentStatus {
  return statuses.get(measureId) ?? UNREPORTED;
}

export type StatusCounts = { total: number; verified: number; counts: Record<ImplementationStatus, number> };

/** How many measures are in each status, for all measures or those of a pillar or a sector. */
export async function countStatuses(scope: { pillarId?: string; sectorId?: string } = {}): Promise<StatusCounts> {
  const [measures, statuses] = await Promise.all([
    db.measure.findMany({
      where: {
        ...(scope.pillarId ? { pillarId: scope.pillarId } : {}),
        ...(scope.sectorId ? { sectors: { some: { sectorId: scope.sectorId } } } : {}),
      },
      select: { id: true },
    }),
    listCurrentStatuses(),
  ]);
  const counts = Object.fromEntries(IMPLEMENTATION_STATUSES.map((status) => [status, 0])) as Record<
    ImplementationStatus,
    number
  >;
  let verified = 0;
  for (const { id } of measures) {
    const current = statusOf(statuses, id);
    counts[current.status] += 1;
    if (current.verified) verified += 1;
  }
  return { total: measures.length, verified, counts };
}
