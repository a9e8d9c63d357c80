/**
 * Whether a deadline is upcoming, met or overdue on a given day. Computed whenever a deadline is
 * read and never stored, so a deadline turns overdue on its own the day after it falls due.
 * Pure (no clock of its own): callers pass `today`, normally todayIso().
 */
export type DeadlineState =
  | { state: "upcoming"; dueOn: string; daysLeft: number }
  | { state: "met"; dueOn: string; metOn: string; daysLate: number }
  | { state: "overdue"; dueOn: string; daysOverdue: number };

export type DeadlineFacts = {
  dueOn: string;
  /** Dates of the events that fulfil it (all are needed: met on the latest). */
  meetingEventDates: string[];
};

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (ISO dates; negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Today's date in UTC, as YYYY-MM-DD: the day every deadline is judged on. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function deadlineState({ dueOn, meetingEventDates }: DeadlineFacts, today: string): DeadlineState {
  const metOn = meetingEventDates.length > 0 ? [...meetingEventDates].sort().at(-1) : undefined;
  // An event dated after `today` has not happened yet on that day (a view of an earlier date).
  if (metOn && metOn <= today) return { state: "met", dueOn, metOn, daysLate: Math.max(0, daysBetween(dueOn, metOn)) };
  if (today > dueOn) return { state: "overdue", dueOn, daysOverdue: daysBetween(dueOn, today) };
  return { state: "upcoming", dueOn, daysLeft: daysBetween(today, dueOn) };
}

export const DEADLINE_STATES = ["upcoming", "met", "overdue"] as const;
export type DeadlineStateName = (typeof DEADLINE_STATES)[number];
