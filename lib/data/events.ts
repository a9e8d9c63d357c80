import "server-only";
import { db } from "@/lib/db";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { type EventType, eventSchema } from "@/lib/validations/events";
import { encodeCursor, type TimelineCursor } from "@/lib/validations/paging";
import type { EventFilters, EventPageQuery } from "@/lib/validations/timeline";
import { resolveEventLinks } from "./event-actions";
import { eventContent, measureLink } from "./selections";
import { type Direction, eventsBeyond } from "./timeline-keyset";

const eventFields = {
  id: true,
  ...eventContent,
  seedKey: true,
  createdAt: true,
  updatedAt: true,
  sourceDocument: {
    select: { id: true, identifier: true, titleEn: true, titleKo: true, publisher: true, publisherKo: true, url: true },
  },
  createdBy: { select: { id: true, name: true } },
  measures: {
    orderBy: { measure: { sequence: "asc" } },
    select: { measure: { select: { ...measureLink, pillarId: true, sequence: true } } },
  },
  actions: { orderBy: { action: { sequence: "asc" } }, select: { actionId: true } },
  // Provenance (docs/timeline.md); null/empty on most analysts' events.
  titleIsDescription: true,
  issuingBody: true,
  identifiers: true,
  confidence: true,
  sourceUrls: true,
  planRole: true,
} as const;

const newestFirst = [
  { occurredOn: "desc" },
  { createdAt: "desc" },
  { id: "desc" },
] satisfies Prisma.EventOrderByWithRelationInput[];

function selectEventRows(where: Prisma.EventWhereInput) {
  return db.event.findMany({ where, orderBy: newestFirst, select: eventFields });
}

type EventRow = Awaited<ReturnType<typeof selectEventRows>>[number];

/** Rows loaded with their relations this many at a time: Prisma binds one parameter per id. */
const CHUNK = 500;

/**
 * The events with these ids, newest first. Loaded in chunks: in one query, thousands of events
 * exceed SQLite's limit on bound parameters when Prisma loads the relations.
 */
async function loadEventRows(ids: string[]): Promise<EventRow[]> {
  if (ids.length <= CHUNK) return selectEventRows({ id: { in: ids } });
  const rows: EventRow[] = [];
  for (let start = 0; start < ids.length; start += CHUNK)
    rows.push(...(await selectEventRows({ id: { in: ids.slice(start, start + CHUNK) } })));
  return rows;
}

const ORDER = { older: Prisma.sql`DESC`, newer: Prisma.sql`ASC` };

type Reading = { cursor?: TimelineCursor; direction?: Direction; take?: number };

/**
 * Ids of the events matching the filters, in the timeline's order, from `cursor` on in
 * `direction`. Raw SQL: Prisma writes a measure filter as a correlated EXISTS that SQLite answers
 * by scanning every event (40+ ms at 10,000); `e.id IN (links of the measure)` reads only its own.
 */
async function findEventIds(filters: EventFilters, { cursor, direction = "older", take }: Reading = {}) {
  const order = ORDER[direction];
  // Walk the timeline's own index and stop at the page's end, checking each event's links:
  // SQLite's statistics, when stale (taken while there were few events), would have it sort
  // every match instead. One measure's few hundred events are the exception, quicker found
  // through their links and sorted.
  const walk = !filters.measure;
  const conditions = eventConditions(filters, cursor && { cursor, direction }, walk);
  const index = walk ? Prisma.sql`INDEXED BY Event_occurredOn_createdAt_id_idx` : Prisma.empty;
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT e.id AS id FROM Event AS e ${index} WHERE ${conditions}
    ORDER BY e.occurredOn ${order}, e.createdAt ${order}, e.id ${order}
    ${take === undefined ? Prisma.empty : Prisma.sql`LIMIT ${take}`}`;
  return rows.map((row) => row.id);
}

/** How many events match the filters and, with a cursor, lie beyond it in `direction`. */
export async function countEvents(
  filters: EventFilters,
  beyond?: { cursor: TimelineCursor; direction: Direction },
): Promise<number> {
  const [row] = await db.$queryRaw<
    { total: bigint | number }[]
  >`SELECT count(*) AS total FROM Event AS e WHERE ${eventConditions(filters, beyond)}`;
  return Number(row.total);
}

function jsonList(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
  } catch {
    return [];
  }
}

function shape(row: EventRow) {
  const { measures, actions, identifiers, sourceUrls, ...event } = row;
  return {
    ...event,
    identifiers: jsonList(identifiers),
    sourceUrls: jsonList(sourceUrls),
    confidence: event.confidence as "official" | "reported" | null,
    planRole: event.planRole as "lead-up" | "plan" | "implements" | "reversal" | "status-check" | null,
    type: event.type as EventType,
    measures: measures.map((link) => link.measure),
    actionIds: actions.map((link) => link.actionId),
  };
}

export type TimelineEvent = ReturnType<typeof shape>;

async function assertMeasuresExist(ids: string[]) {
  const found = await db.measure.findMany({ where: { id: { in: ids } }, select: { id: true } });
  const known = new Set(found.map((row) => row.id));
  const unknown = ids.filter((id) => !known.has(id));
  if (unknown.length) throw new DomainError(`Unknown measure: ${unknown.join(", ")}.`, 422);
}

/** Adds an analyst's event, linked to its actions and to their measures as well as those chosen. */
export async function createEvent(actorId: string, input: unknown) {
  const { measureIds: chosen, actionIds: chosenActions, ...event } = eventSchema.parse(input);
  const { measureIds, actionIds } = await resolveEventLinks(chosen, chosenActions);
  await assertMeasuresExist(measureIds);
  return db.event.create({
    data: {
      ...event,
      createdById: actorId,
      measures: { create: measureIds.map((measureId) => ({ measureId })) },
      actions: { create: actionIds.map((actionId) => ({ actionId })) },
    },
    select: { id: true },
  });
}

/**
 * Edits an analyst's event, keeping the previous version as an EventRevision. Seeded events
 * come from content/ and are edited there, never in the app.
 */
export async function updateEvent(actorId: string, eventId: string, input: unknown) {
  const { measureIds: chosen, actionIds: chosenActions, ...changes } = eventSchema.parse(input);
  const { measureIds, actionIds } = await resolveEventLinks(chosen, chosenActions);
  await assertMeasuresExist(measureIds);
  return db.$transaction(async (tx) => {
    const current = await tx.event.findUnique({
      where: { id: eventId },
      select: {
        ...eventContent,
        seedKey: true,
        measures: { select: { measureId: true } },
        actions: { select: { actionId: true } },
      },
    });
    if (!current) throw new NotFoundError("There is no such event.");
    if (current.seedKey) throw new ConflictError("This event comes from the plan's sources and cannot be edited here.");
    const { seedKey: _seedKey, measures, actions, ...fields } = current;
    const snapshot = {
      ...fields,
      measureIds: measures.map((link) => link.measureId).sort(),
      actionIds: actions.map((link) => link.actionId).sort(),
    };
    await tx.eventRevision.create({ data: { eventId, editorId: actorId, snapshot: JSON.stringify(snapshot) } });
    await tx.eventMeasure.deleteMany({ where: { eventId, measureId: { notIn: measureIds } } });
    for (const measureId of measureIds) {
      await tx.eventMeasure.upsert({
        where: { eventId_measureId: { eventId, measureId } },
        create: { eventId, measureId },
        update: {},
      });
    }
    await tx.eventAction.deleteMany({ where: { eventId, actionId: { notIn: actionIds } } });
    for (const actionId of actionIds) {
      await tx.eventAction.upsert({
        where: { eventId_actionId: { eventId, actionId } },
        create: { eventId, actionId },
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

function hasMeasureScope(filters: EventFilters) {
  return Boolean(filters.measure || filters.pillar || filters.sector);
}

/**
 * The timeline's filters (and a cursor) as SQL conditions on events `e`: values bound, never
 * spliced. `perEvent` checks each event's own links (for walking the index a page at a time);
 * otherwise the matching links are gathered once (for counting, or one measure's events).
 */
function eventConditions(
  filters: EventFilters,
  beyond?: { cursor: TimelineCursor; direction: Direction },
  perEvent = false,
): Prisma.Sql {
  const conditions: Prisma.Sql[] = [];
  if (filters.type) conditions.push(Prisma.sql`e.type = ${filters.type}`);
  if (filters.from) conditions.push(Prisma.sql`e.occurredOn >= ${filters.from}`);
  if (filters.to) conditions.push(Prisma.sql`e.occurredOn <= ${filters.to}`);
  if (hasMeasureScope(filters)) {
    const scope: Prisma.Sql[] = [];
    if (filters.measure) scope.push(Prisma.sql`link.measureId = ${filters.measure}`);
    if (filters.pillar) scope.push(Prisma.sql`m.pillarId = ${filters.pillar}`);
    if (filters.sector)
      scope.push(
        Prisma.sql`EXISTS (SELECT 1 FROM MeasureSector AS ms WHERE ms.measureId = m.id AND ms.sectorId = ${filters.sector})`,
      );
    const links = Prisma.sql`FROM EventMeasure AS link JOIN Measure AS m ON m.id = link.measureId`;
    conditions.push(
      perEvent
        ? Prisma.sql`EXISTS (SELECT 1 ${links} WHERE link.eventId = e.id AND ${Prisma.join(scope, " AND ")})`
        : Prisma.sql`e.id IN (SELECT link.eventId ${links} WHERE ${Prisma.join(scope, " AND ")})`,
    );
  }
  if (beyond) conditions.push(eventsBeyond(beyond.cursor, beyond.direction));
  return conditions.length ? Prisma.join(conditions, " AND ") : Prisma.sql`1 = 1`;
}

/** Every event matching the filters, newest first (exports: complete on purpose). */
export async function listEvents(filters: EventFilters = {}) {
  return (await loadEventRows(await findEventIds(filters))).map(shape);
}

/** The newest `limit` events matching the filters, and how many match in all (a measure's page). */
export async function listRecentEvents(filters: EventFilters, limit: number) {
  const [ids, total] = await Promise.all([findEventIds(filters, { take: limit }), countEvents(filters)]);
  return { events: (await loadEventRows(ids)).map(shape), total };
}

export function cursorOf(event: { occurredOn: string; createdAt: Date; id: string }): TimelineCursor {
  return { date: event.occurredOn, kind: "event", createdAt: event.createdAt, id: event.id };
}

/**
 * Up to `limit` events matching the filters beyond `cursor` in the timeline's order (the first
 * ones without a cursor), newest first, and whether more lie beyond them.
 */
export async function findEventsBeyond(
  filters: EventFilters,
  { cursor, limit, direction = "older" }: { cursor?: TimelineCursor; limit: number; direction?: Direction },
) {
  const ids = await findEventIds(filters, { cursor, direction, take: limit + 1 });
  const rows = await loadEventRows(ids.slice(0, limit));
  return { events: rows.map(shape), more: ids.length > limit };
}

/** A page of the events API: `limit` events after `cursor`, and the cursor of the next page. */
export async function listEventPage({ cursor, limit, ...filters }: EventPageQuery) {
  const { events, more } = await findEventsBeyond(filters, { cursor, limit });
  return { events, next: more ? encodeCursor(cursorOf(events[events.length - 1])) : null };
}

/** The latest event of every measure (by date), for exports and the API: measure id → event. */
export async function listLatestEventByMeasure() {
  // Per measure, walk events newest first (Event's (occurredOn, createdAt, id) index) until one
  // is linked to it: a few dozen index steps each, where ranking every link read all 10,000.
  const picks = await db.$queryRaw<Array<{ measureId: string; eventId: string | null }>>(Prisma.sql`
    SELECT m.id AS measureId,
           (SELECT e.id FROM Event AS e INDEXED BY Event_occurredOn_createdAt_id_idx
            WHERE EXISTS (SELECT 1 FROM EventMeasure AS link WHERE link.eventId = e.id AND link.measureId = m.id)
            ORDER BY e.occurredOn DESC, e.createdAt DESC, e.id DESC LIMIT 1) AS eventId
    FROM Measure AS m`);
  const found = picks.filter((pick): pick is { measureId: string; eventId: string } => pick.eventId !== null);
  const events = new Map(
    (await loadEventRows([...new Set(found.map((pick) => pick.eventId))])).map((row) => [row.id, shape(row)]),
  );
  const latest = new Map<string, TimelineEvent>();
  for (const pick of found) {
    const event = events.get(pick.eventId);
    if (event) latest.set(pick.measureId, event);
  }
  return latest;
}
