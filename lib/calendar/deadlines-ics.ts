/**
 * The deadlines as an iCalendar file (RFC 5545), built with ical-generator: one all-day VEVENT
 * per deadline, with a UID that never changes (so a subscribed calendar updates an entry instead
 * of adding a second one). The summary carries the state on the day the file was made.
 */
import ical, { ICalCalendarMethod } from "ical-generator";
import type { DeadlineState } from "@/lib/deadlines/state";

export type CalendarDeadline = {
  id: string;
  instrument: string;
  provisionEn: string;
  provisionKo: string;
  dueOn: string;
  state: DeadlineState;
  measures: { id: string; slug: string }[];
};

export const CALENDAR_UID_DOMAIN = "ai-action-plan-tracker";

export function deadlineUid(id: string): string {
  return `deadline-${id.toLowerCase()}@${CALENDAR_UID_DOMAIN}`;
}

function stateText(state: DeadlineState): string {
  if (state.state === "upcoming") return "upcoming";
  if (state.state === "overdue") return `overdue by ${state.daysOverdue} days`;
  return state.daysLate > 0 ? `met late (${state.metOn}, ${state.daysLate} days late)` : `met (${state.metOn})`;
}

/** The day after an ISO date: an all-day event's DTEND is exclusive. */
function nextDay(iso: string): Date {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000);
}

export function buildDeadlineCalendar({
  name,
  origin,
  deadlines,
  now = new Date(),
}: {
  name: string;
  origin: string;
  deadlines: CalendarDeadline[];
  now?: Date;
}): string {
  const calendar = ical({
    name,
    prodId: { company: "AI Action Plan Tracker", product: "deadlines", language: "EN" },
    method: ICalCalendarMethod.PUBLISH,
  });
  for (const deadline of deadlines) {
    const measure = deadline.measures[0];
    calendar.createEvent({
      id: deadlineUid(deadline.id),
      // VALUE=DATE (floating): a due date is a day wherever the reader is; UTC so the day never shifts.
      start: new Date(`${deadline.dueOn}T00:00:00Z`),
      end: nextDay(deadline.dueOn),
      allDay: true,
      timezone: "UTC",
      stamp: now,
      summary: `${deadline.id} due: ${deadline.instrument} — ${stateText(deadline.state)}`,
      description: `${deadline.provisionEn}\n\n${deadline.provisionKo}\n\nMeasures: ${deadline.measures.map((m) => m.id).join(", ") || "—"}`,
      url: measure ? `${origin}/en/measures/${measure.slug}` : `${origin}/en/timeline`,
    });
  }
  return calendar.toString();
}
