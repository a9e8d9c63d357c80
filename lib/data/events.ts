import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { eventSchema, type EventType } from "@/lib/validations/events";
import type { EventFilters } from "@/lib/validations/timeline";
import { eventContent, measureLink } from "./selections";

const eventFields = {
  id: true,
  ...eventContent,
  seedKey: true,
  createdAt: true,
  updatedAt: true,
  sourceDocument: { select: { id: true, identifier: true, titleEn: true, titleKo: true, publisher: true, url: true } },
  createdBy: { select: { id: true, name: true } },
  measures: {
    orderBy: { measure: { sequence: "asc" } },
    select: { measure: { select: { ...measureLink, pillarId: true, sequence: true } } },
  },
} as const;

const newestFirst = [{ occurredOn: "desc" }, { createdAt: "desc" }, { id: "desc" }] satisfies Prisma.EventOrderByWithRelationInput[];

function selectEventRows(where: Prisma.EventWhereInput) {
  return db.event.findMany({ where, orderBy: newestFirst, select: eventFields });
}

type EventRow = Awaited<ReturnType<typeof selectEventRows>>[number];

/** Rows loaded with their relations this many at a time: Prisma binds one parameter per id. */
const CHUNK = 500;

/**
 * Events matching `where`, newest first. Ids first, then the rows in chunks: in one query,
 * thousands of events exceed SQLite's limit on bound parameters when Prisma loads the relations.
 */
async function findEventRows(where: Prisma.EventWhereInput, take?: number): Promise<EventRow[]> {
  const ids = (await db.event.findMany({ where, orderBy: newestFirst, take, select: { id: true } })).map((row) => row.id);
  if (ids.length <= CHUNK) return selectEventRows({ id: { in: ids } });
  const rows: EventRow[] = [];
  for (let start = 0; start < ids.length; start += CHUNK) rows.push(...(await selectEventRows({ id: { in: ids.slice(start, start + CHUNK) } })));
  return rows;
}

function shape(row: EventRow) {
  const { measures, ...event } = row;
  return { ...event, type: event.type as EventType, measures: measures.map((link) => link.measure) };
}

export type TimelineEvent = ReturnType<typeof shape>;

async function assertMeasuresExist(ids: string[]) {
  const found = await db.measure.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const known = new Set(found.map((row) => row.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) throw new DomainError(`Unknown measure: ${unknown.join(", ")}.`, 422);
}

/** Adds an analyst's event. */
export async function createEvent(actorId: string, input: unknown) {
  const { measureIds, ...event } = eventSchema.parse(input);
  await assertMeasuresExist(measureIds);
  return db.event.create({
    data: { ...event, createdById: actorId, measures: { create: measureIds.map((measureId) => ({ measureId })) } },
    select: { id: true },
  });
}

/**
 * Edits an analyst's event, keeping the previous version as an EventRevision. Seeded events
 * come from content/ and are edited there, never in the app.
 */
export async function updateEvent(actorId: string, eventId: string, input: unknown) {
  const { measureIds, ...changes } = eventSchema.parse(input);
  await assertMeasuresExist(measureIds);
  return db.$transaction(async (tx) => {
    const current = await tx.event.findUnique({
      where: { id: eventId },
      select: {
        ...eventContent,
        seedKey: true,
        measures: { select: { measureId: true } },
      },
    });
    if (!current) throw new NotFoundError("There is no such event.");
    if (current.seedKey) throw new ConflictError("This event comes from the plan's sources and cannot be edited here.");
    const { seedKey: _seedKey, measures, ...fields } = current;
    const snapshot = { ...fields, measureIds: measures.map((link) => link.measureId).sort() };
    await tx.eventRevision.create({ data: { eventId, editorId: actorId, snapshot: JSON.stringify(snapshot) } });
    await tx.eventMeasure.deleteMany({ where: { eventId, measureId: { notIn: measureIds } } });
    for (const measureId of measureIds) {
      await tx.eventMeasure.upsert({
        where: { eventId_measureId: { eventId, measureId } },
        create: { eventId, measureId },
        update: {},
      });
    }
    return tx.event.update({ where: { id: eventId }, data: changes, select: { id: true } });
  });
}

/** An event with the fields its edit form needs; null when there is none. */
export async function getEventById(eventId: string) {
  const row = await db.event.findUnique({ where: { id: eventId }, select: eventFields });
  return row ? shape(row) : null;
}

/** The earlier versions of an event, newest first. */
export async function listEventRevisions(eventId: string) {
  const rows = await db.eventRevision.findMany({
    where: { eventId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, snapshot: true, createdAt: true, editor: { select: { id: true, name: true } } },
  });
  return rows.map(({ snapshot, ...row }) => ({ ...row, snapshot: JSON.parse(snapshot) as Record<string, unknown> }));
}

/** Every event matching the timeline's filters, newest first. */
function eventWhere(filters: EventFilters): Prisma.EventWhereInput {
  const measureScope =
    filters.measure || filters.pillar || filters.sector
      ? {
          some: {
            measure: {
              ...(filters.measure ? { id: filters.measure } : {}),
              ...(filters.pillar ? { pillarId: filters.pillar } : {}),
              ...(filters.sector ? { sectors: { some: { sectorId: filters.sector } } } : {}),
            },
          },
        }
      : undefined;
  return {
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.from || filters.to
      ? { occurredOn: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lte: filters.to } : {}) } }
      : {}),
    ...(measureScope ? { measures: measureScope } : {}),
  };
}

export async function listEvents(filters: EventFilters = {}) {
  return (await findEventRows(eventWhere(filters))).map(shape);
}

/** The newest `limit` events matching the filters, and how many match in all (a measure's page). */
export async function listRecentEvents(filters: EventFilters, limit: number) {
  const where = eventWhere(filters);
  const [rows, total] = await Promise.all([findEventRows(where, limit), db.event.count({ where })]);
  return { events: rows.map(shape), total };
}

/** The latest event of every measure (by date), for exports: measure id → event. */
export async function listLatestEventByMeasure() {
  // The newest event of each measure, picked in SQL: loading every event to pick ≤ 30 breaks
  // (SQLite's bound-parameter limit) once there are thousands.
  const picks = await db.$queryRaw<Array<{ measureId: string; eventId: string }>>(Prisma.sql`
    SELECT measureId, eventId FROM (
      SELECT link.measureId AS measureId, event.id AS eventId,
             row_number() OVER (PARTITION BY link.measureId ORDER BY event.occurredOn DESC, event.createdAt DESC, event.id DESC) AS rank
      FROM EventMeasure AS link JOIN Event AS event ON event.id = link.eventId
    ) WHERE rank = 1`);
  const events = new Map((await findEventRows({ id: { in: [...new Set(picks.map((pick) => pick.eventId))] } })).map((row) => [row.id, shape(row)]));
  const latest = new Map<string, TimelineEvent>();
  for (const pick of picks) latest.set(pick.measureId, events.get(pick.eventId)!);
  return latest;
}
