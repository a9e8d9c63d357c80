/**
 * The numbers behind the status charts, as pure functions of rows already read (no database):
 * month-by-month counts of actions per status from their status history, and current counts per
 * group (the actions an agency leads, the actions of a sector's measures). Statuses are the
 * plan's four (lib/validations/vocabulary.ts); an action nobody has reported on is "not started",
 * as everywhere else (NOT_REPORTED in lib/data/action-status.ts).
 */
import { formatMonth, wallClock } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/routing";
import { emptyCounts, type StatusCountsByStatus } from "@/lib/tracking/measure-status-rule";
import type { ImplementationStatus } from "@/lib/validations/vocabulary";

/** A calendar month in the reader's zone, "YYYY-MM". */
export type MonthKey = string;

/** One status change of an action, as stored. */
export type ActionStatusRow = { id: string; actionId: string; status: ImplementationStatus; createdAt: Date };

/**
 * One bar of a chart: what it stands for (`label` in the table, `axisLabel` under the bar when
 * shorter, `href` a locale-less link from the table), and how many actions are in each status.
 */
export type StatusBar = {
  key: string;
  label: string;
  axisLabel?: string;
  /** A second line under the bar: the year, under a chart's first month and each January. */
  axisNote?: string;
  href?: string;
  counts: StatusCountsByStatus;
  total: number;
};

export type MonthlyStatusPoint = { month: MonthKey; counts: StatusCountsByStatus; total: number };

/** The month an instant falls in, on the reader's wall clock. */
export function monthOf(date: Date, timeZone: string): MonthKey {
  const { year, month } = wallClock(date, timeZone);
  return `${year}-${String(month).padStart(2, "0")}`;
}

/** Every month from `first` to `last`, both included ("2025-11", "2025-12", "2026-01"). */
export function monthsBetween(first: MonthKey, last: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  let [year, month] = first.split("-").map(Number);
  for (let key = first; key <= last; ) {
    months.push(key);
    month += 1;
    if (month === 13) [year, month] = [year + 1, 1];
    key = `${year}-${String(month).padStart(2, "0")}`;
  }
  return months;
}

/** Newest last, in the order the current status is read (createdAt, then id: listCurrentActionStatuses). */
function byRecording(a: ActionStatusRow, b: ActionStatusRow): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * How many of `actionIds` were in each status at the end of each month, from the month of the
 * first change to the month of `now`: an action's status at a month's end is its latest change
 * recorded in or before that month; an action with none by then is "not started". Changes of
 * actions outside `actionIds` are ignored. With no change at all, the one month of `now`.
 * `from` starts the months there instead (a brief's period); earlier changes still count.
 */
export function buildMonthlyStatusSeries({
  actionIds,
  changes,
  now,
  from,
  timeZone,
}: {
  actionIds: readonly string[];
  changes: readonly ActionStatusRow[];
  now: Date;
  from?: Date;
  timeZone: string;
}): MonthlyStatusPoint[] {
  const inScope = new Set(actionIds);
  const ordered = changes.filter((change) => inScope.has(change.actionId)).sort(byRecording);
  const current = monthOf(now, timeZone);
  const first = from ? monthOf(from, timeZone) : ordered.length ? monthOf(ordered[0].createdAt, timeZone) : current;
  const statusOf = new Map<string, ImplementationStatus>();
  let next = 0;
  return monthsBetween([first, current].sort()[0], current).map((month) => {
    while (next < ordered.length && monthOf(ordered[next].createdAt, timeZone) <= month) {
      statusOf.set(ordered[next].actionId, ordered[next].status);
      next += 1;
    }
    const counts = emptyCounts();
    for (const id of inScope) counts[statusOf.get(id) ?? "not-started"] += 1;
    return { month, counts, total: inScope.size };
  });
}

/** The monthly points as chart bars: "Dec 2026" in the table, "Dec" under the bar, the year under the first and each January. */
export function toMonthBars(points: readonly MonthlyStatusPoint[], locale: Locale): StatusBar[] {
  return points.map(({ month, counts, total }, index) => ({
    key: month,
    label: formatMonth(month, locale),
    axisLabel: formatMonth(month, locale, { short: true }),
    ...(index === 0 || month.endsWith("-01") ? { axisNote: month.slice(0, 4) } : {}),
    counts,
    total,
  }));
}

/**
 * Current counts per group: for each group, its actions (from `members`, an action listed once
 * per group) by the status `statusOf` gives them. Groups keep the order given; a group with no
 * action is left out.
 */
export function countStatusesByGroup({
  groups,
  members,
  statusOf,
}: {
  groups: readonly { key: string; label: string; axisLabel?: string; href?: string }[];
  members: readonly { groupKey: string; actionId: string }[];
  statusOf: (actionId: string) => ImplementationStatus;
}): StatusBar[] {
  const actionsOf = new Map<string, Set<string>>();
  for (const { groupKey, actionId } of members) {
    const set = actionsOf.get(groupKey) ?? new Set<string>();
    set.add(actionId);
    actionsOf.set(groupKey, set);
  }
  return groups.flatMap((group) => {
    const actions = actionsOf.get(group.key);
    if (!actions?.size) return [];
    const counts = emptyCounts();
    for (const id of actions) counts[statusOf(id)] += 1;
    return [{ ...group, counts, total: actions.size }];
  });
}
