import "server-only";
import { db } from "@/lib/db";
import { type DeadlineState, deadlineState, todayIso } from "@/lib/deadlines/state";
import type { Prisma } from "@/lib/generated/prisma/client";
import { measureLink } from "./selections";

const deadlineFields = {
  id: true,
  sequence: true,
  instrument: true,
  provisionEn: true,
  provisionKo: true,
  clockStart: true,
  periodEn: true,
  periodKo: true,
  dueOn: true,
  noteEn: true,
  noteKo: true,
  measures: { orderBy: { measure: { sequence: "asc" } }, select: { measure: { select: measureLink } } },
  actions: { orderBy: { action: { sequence: "asc" } }, select: { actionId: true } },
  events: {
    orderBy: { event: { occurredOn: "asc" } },
    select: {
      meets: true,
      event: { select: { id: true, occurredOn: true, titleEn: true, titleKo: true, sourceUrl: true } },
    },
  },
} as const satisfies Prisma.DeadlineSelect;

type DeadlineRow = Prisma.DeadlineGetPayload<{ select: typeof deadlineFields }>;

function shape(row: DeadlineRow, today: string) {
  const { measures, actions, events, ...deadline } = row;
  const meeting = events.filter((link) => link.meets).map((link) => link.event);
  return {
    ...deadline,
    measures: measures.map((link) => link.measure),
    actionIds: actions.map((link) => link.actionId),
    meetingEvents: meeting,
    answeringEvents: events.filter((link) => !link.meets).map((link) => link.event),
    state: deadlineState({ dueOn: row.dueOn, meetingEventDates: meeting.map((event) => event.occurredOn) }, today),
  };
}

export type DeadlineView = ReturnType<typeof shape>;
export type { DeadlineState };

export type DeadlineScope = { measureId?: string; actionId?: string; pillarId?: string; sectorId?: string };

function scopeWhere(scope: DeadlineScope): Prisma.DeadlineWhereInput {
  return {
    ...(scope.actionId ? { actions: { some: { actionId: scope.actionId } } } : {}),
    ...(scope.measureId || scope.pillarId || scope.sectorId
      ? {
          measures: {
            some: {
              measureId: scope.measureId,
              measure:
                scope.pillarId || scope.sectorId
                  ? {
                      pillarId: scope.pillarId,
                      sectors: scope.sectorId ? { some: { sectorId: scope.sectorId } } : undefined,
                    }
                  : undefined,
            },
          },
        }
      : {}),
  };
}

/** Deadlines in due-date order, with their state on `today` (computed here, never stored). */
export async function listDeadlines(scope: DeadlineScope = {}, today: string = todayIso()) {
  const rows = await db.deadline.findMany({
    where: scopeWhere(scope),
    orderBy: [{ dueOn: "asc" }, { sequence: "asc" }],
    select: deadlineFields,
  });
  return rows.map((row) => shape(row, today));
}

/** For the home page: the next deadline not yet met, and every one overdue today. */
export async function summarizeDeadlines(today: string = todayIso()) {
  const deadlines = await listDeadlines({}, today);
  return {
    nextDue: deadlines.filter((d) => d.state.state === "upcoming").slice(0, 3),
    overdue: deadlines.filter((d) => d.state.state === "overdue"),
  };
}

/** The state of each action's deadlines, for the tracker table: action id → states. */
export async function listDeadlineStatesByAction(today: string = todayIso()) {
  const byAction = new Map<string, DeadlineView[]>();
  for (const deadline of await listDeadlines({}, today)) {
    for (const actionId of deadline.actionIds) byAction.set(actionId, [...(byAction.get(actionId) ?? []), deadline]);
  }
  return byAction;
}

/** The tracker's deadline filter: "any" keeps actions with a deadline, a state those with one in it. */
export function hasDeadlineIn(deadlines: DeadlineView[] | undefined, filter: "any" | "upcoming" | "met" | "overdue") {
  if (!deadlines || deadlines.length === 0) return false;
  return filter === "any" || deadlines.some((deadline) => deadline.state.state === filter);
}
