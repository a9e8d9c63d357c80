/**
 * The period of a brief (`?from=&to=`), shared by the briefs page, its exports and its feed.
 * Days are calendar days in UTC, like deadlines (lib/deadlines/state.ts), so a period means the
 * same rows on every server. Without dates the brief is of this week (Monday to Sunday).
 */
import { z } from "zod";
import { daysBetween, todayIso } from "@/lib/deadlines/state";
import { isoDate } from "./fields";

/** A year and a day, so a leap year's whole span fits and a brief stays one readable document. */
export const BRIEF_MAX_DAYS = 366;

export type BriefPeriod = { from: string; to: string };

const DAY_MS = 86_400_000;

/** The refusals, keyed like the page's messages (Briefs.errors) so it says them in its language. */
export const BRIEF_PERIOD_MESSAGES = {
  order: "The start date must not be after the end date.",
  span: `A brief covers at most ${BRIEF_MAX_DAYS} days.`,
} as const;

export function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The Monday-to-Sunday week holding `day`. */
export function weekOf(day: string): BriefPeriod {
  const weekday = (new Date(`${day}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const from = addDays(day, -weekday);
  return { from, to: addDays(from, 6) };
}

/** The calendar month holding `day`. */
export function monthOf(day: string): BriefPeriod {
  const from = `${day.slice(0, 7)}-01`;
  const next = new Date(`${from}T00:00:00Z`);
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { from, to: addDays(next.toISOString().slice(0, 10), -1) };
}

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const optionalDay = z.preprocess(blankToUndefined, isoDate.optional());

/**
 * The period query, with `today` for the defaults: none given is this week; one given is the
 * seven days starting (from) or ending (to) there. `to` must not be before `from`, and the span
 * is at most BRIEF_MAX_DAYS days.
 */
export function briefPeriodSchema(today: string = todayIso()) {
  return z
    .object({ from: optionalDay, to: optionalDay })
    .transform(({ from, to }): BriefPeriod => {
      if (from && to) return { from, to };
      if (from) return { from, to: addDays(from, 6) };
      if (to) return { from: addDays(to, -6), to };
      return weekOf(today);
    })
    .refine((period) => period.from <= period.to, {
      message: BRIEF_PERIOD_MESSAGES.order,
      path: ["to"],
    })
    .refine((period) => daysBetween(period.from, period.to) < BRIEF_MAX_DAYS, {
      message: BRIEF_PERIOD_MESSAGES.span,
      path: ["to"],
    });
}

/** The Briefs.errors key of a refused period's message (an unreal date otherwise). */
export function briefPeriodErrorKey(message: string | undefined): "date" | "order" | "span" {
  if (message === BRIEF_PERIOD_MESSAGES.order) return "order";
  if (message === BRIEF_PERIOD_MESSAGES.span) return "span";
  return "date";
}
