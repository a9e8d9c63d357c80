/**
 * THE rule that turns a measure's actions' statuses into the measure's own status. Every page,
 * the API and the exports call this one function, so a measure never reads differently in two places.
 *
 * 1. A measure with no actions, or none reported on yet, keeps its measure-level status (the
 *    history recorded before statuses moved to actions), or "not started" when it has none.
 * 2. Otherwise, from its actions (an unreported action counts as "not started"):
 *    - every action implemented                     → implemented
 *    - any action implemented or partially so       → partially implemented
 *    - any action in progress                       → in progress
 *    - (all not started)                            → not started
 * 3. Verified only when every action that has moved beyond "not started" is verified;
 *    claimed as soon as one of them is only claimed.
 * 4. It says how it got there: counts per status over all its actions ("2 of 5 actions in progress").
 */
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from "@/lib/validations/vocabulary";

export type ReportedStatus = {
  status: ImplementationStatus;
  verified: boolean;
  /** When it was last changed; null when nobody has reported on it. */
  changedAt: Date | null;
};

export type StatusCountsByStatus = Record<ImplementationStatus, number>;

export type DerivedMeasureStatus = ReportedStatus & {
  /** "actions" when derived from the actions, "measure" when it is the measure-level status. */
  basis: "actions" | "measure";
  /** How many of the measure's actions are in each status. */
  actionCounts: StatusCountsByStatus;
  actionTotal: number;
};

export function emptyCounts(): StatusCountsByStatus {
  return Object.fromEntries(IMPLEMENTATION_STATUSES.map((status) => [status, 0])) as StatusCountsByStatus;
}

const NOT_REPORTED: ReportedStatus = { status: "not-started", verified: false, changedAt: null };

export function deriveMeasureStatus(
  actions: ReportedStatus[],
  measureLevel: ReportedStatus | null,
): DerivedMeasureStatus {
  const actionCounts = emptyCounts();
  for (const action of actions) actionCounts[action.status] += 1;
  const reported = actions.filter((action) => action.changedAt !== null);
  if (reported.length === 0) {
    return {
      ...(measureLevel ?? NOT_REPORTED),
      basis: measureLevel ? "measure" : "actions",
      actionCounts,
      actionTotal: actions.length,
    };
  }
  const status: ImplementationStatus =
    actionCounts.implemented === actions.length
      ? "implemented"
      : actionCounts.implemented + actionCounts["partially-implemented"] > 0
        ? "partially-implemented"
        : actionCounts["in-progress"] > 0
          ? "in-progress"
          : "not-started";
  const moved = actions.filter((action) => action.status !== "not-started");
  const verified = moved.length > 0 && moved.every((action) => action.verified);
  const changedAt = new Date(Math.max(...reported.map((action) => (action.changedAt as Date).getTime())));
  return { status, verified, changedAt, basis: "actions", actionCounts, actionTotal: actions.length };
}
