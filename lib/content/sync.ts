/**
 * Writes content/ into the database so that the editorial tables (and the seeded events) match it
 * exactly, and leaves every analyst row (users, notes, status changes, analysts' events, follows) as it is. Running it twice
 * changes nothing; editing one file and running it again changes exactly that.
 */
import type { PrismaClient } from "@/lib/db/client";
import { eventMeasureIds } from "./load";
import { syncAssessments } from "./sync-assessments";
import { syncDeadlines } from "./sync-deadlines";
import type { PlanContent } from "./schema";
import { syncActions } from "./sync-actions";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type SyncReport = {
  pillars: number;
  measures: number;
  sectors: number;
  links: number;
  events: number;
  deadlines: number;
  /** Editors' assessments created by this run (0 when all exist already). */
  assessments: number;
  agencies: number;
  actions: number;
  removed: number;
};

type LinkKey = { measureId: string; otherId: string };

/** Deletes the link rows of `existing` that are not in `wanted`; returns how many. */
async function removeStale(existing: LinkKey[], wanted: LinkKey[], remove: (link: LinkKey) => Promise<unknown>) {
  const keep = new Set(wanted.map((link) => `${link.measureId}|${link.otherId}`));
  const stale = existing.filter((link) => !keep.has(`${link.measureId}|${link.otherId}`));
  for (const link of stale) await remove(link);
  return stale.length;
}

async function syncEditorialRows(tx: Tx, content: PlanContent) {
  for (const pillar of content.pillars) {
    await tx.pillar.upsert({ where: { id: pillar.id }, create: pillar, update: pillar });
  }
  for (const [index, { id, ...sector }] of content.sectors.entries()) {
    const data = { ...sector, position: index + 1 };
    await tx.sector.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
  const pillarNumber = new Map(content.pillars.map((pillar) => [pillar.id, pillar.number]));
  const ordered = [...content.measures].sort(
    (a, b) => (pillarNumber.get(a.pillar) ?? 0) - (pillarNumber.get(b.pillar) ?? 0) || a.position - b.position,
  );
  for (const [index, { sectors: _links, pillar, id, ...measure }] of ordered.entries()) {
    const data = { ...measure, pillarId: pillar, sequence: index + 1 };
    await tx.measure.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
  for (const { measures: _refs, id, ...policy } of content.keyPolicies) {
    await tx.keyPolicy.upsert({ where: { id }, create: { id, ...policy }, update: policy });
  }
  for (const { measures: _refs, id, ...source } of content.sources) {
    await tx.sourceDocument.upsert({ where: { id }, create: { id, ...source }, update: source });
  }
}

async function syncLinks(tx: Tx, content: PlanContent) {
  const sectorLinks = content.measures.flatMap((measure) =>
    measure.sectors.map((link) => ({ measureId: measure.id, otherId: link.sector, link })),
  );
  const policyLinks = content.keyPolicies.flatMap((policy) =>
    policy.measures.map((measureId) => ({ measureId, otherId: policy.id })),
  );
  const sourceLinks = content.sources.flatMap((source) =>
    source.measures.map((measureId) => ({ measureId, otherId: source.id })),
  );

  let removed = 0;
  removed += await removeStale(
    (await tx.measureSector.findMany({ select: { measureId: true, sectorId: true } })).map((row) => ({
      measureId: row.measureId,
      otherId: row.sectorId,
    })),
    sectorLinks,
    ({ measureId, otherId }) => tx.measureSector.delete({ where: { measureId_sectorId: { measureId, sectorId: otherId } } }),
  );
  removed += await removeStale(
    (await tx.keyPolicyMeasure.findMany()).map((row) => ({ measureId: row.measureId, otherId: row.keyPolicyId })),
    policyLinks,
    ({ measureId, otherId }) =>
      tx.keyPolicyMeasure.delete({ where: { keyPolicyId_measureId: { keyPolicyId: otherId, measureId } } }),
  );
  removed += await removeStale(
    (await tx.sourceMeasure.findMany()).map((row) => ({ measureId: row.measureId, otherId: row.sourceId })),
    sourceLinks,
    ({ measureId, otherId }) => tx.sourceMeasure.delete({ where: { sourceId_measureId: { sourceId: otherId, measureId } } }),
  );

  for (const { measureId, otherId: sectorId, link } of sectorLinks) {
    const data = { rationaleEn: link.rationaleEn, rationaleKo: link.rationaleKo };
    await tx.measureSector.upsert({
      where: { measureId_sectorId: { measureId, sectorId } },
      create: { measureId, sectorId, ...data },
      update: data,
    });
  }
  for (const { measureId, otherId: keyPolicyId } of policyLinks) {
    await tx.keyPolicyMeasure.upsert({
      where: { keyPolicyId_measureId: { keyPolicyId, measureId } },
      create: { keyPolicyId, measureId },
      update: {},
    });
  }
  for (const { measureId, otherId: sourceId } of sourceLinks) {
    await tx.sourceMeasure.upsert({
      where: { sourceId_measureId: { sourceId, measureId } },
      create: { sourceId, measureId },
      update: {},
    });
  }
  return { links: sectorLinks.length, removed };
}

function selectAll<T extends object>(data: T) {
  return Object.fromEntries(Object.keys(data).map((key) => [key, true])) as { [K in keyof T]: true };
}

/**
 * Seeded events (content/events.json), matched by seedKey. Analysts' events have no seedKey and
 * are never read or written here; seeded events are not editable in the app, so nothing is lost.
 */
/** A seeded event's links to actions mirror content/events.json (seeded events are not editable). */
async function syncEventActions(tx: Tx, eventId: string, actionIds: string[]) {
  const stale = await tx.eventAction.deleteMany({ where: { eventId, actionId: { notIn: actionIds } } });
  for (const actionId of actionIds) {
    await tx.eventAction.upsert({
      where: { eventId_actionId: { eventId, actionId } },
      create: { eventId, actionId },
      update: {},
    });
  }
  return stale.count;
}

/**
 * Before actions are synced: drops seeded events' links that content/ no longer has, so that an
 * action renamed in both places is not held back by its old link.
 */
async function pruneSeededEventActions(tx: Tx, content: PlanContent) {
  let removed = 0;
  const wanted = new Map(content.events.map((event) => [event.seedKey, new Set(event.actions)]));
  const links = await tx.eventAction.findMany({
    where: { event: { seedKey: { not: null } } },
    select: { eventId: true, actionId: true, event: { select: { seedKey: true } } },
  });
  for (const { eventId, actionId, event } of links) {
    if (wanted.get(event.seedKey ?? "")?.has(actionId)) continue;
    await tx.eventAction.delete({ where: { eventId_actionId: { eventId, actionId } } });
    removed += 1;
  }
  return removed;
}

async function syncEvents(tx: Tx, content: PlanContent) {
  const allMeasureIds = content.measures.map((measure) => measure.id);
  // Actions not yet written in content/actions are linked once they are (the loader checks the rest).
  const knownActions = new Set(content.actions.map((action) => action.id));
  const dropped = await tx.event.deleteMany({
    where: { seedKey: { not: null, notIn: content.events.map((event) => event.seedKey) } },
  });
  let removed = dropped.count;
  for (const event of content.events) {
    const { seedKey, source, measures: _measures, actions: _actions, reference: _reference, ...fields } = event;
    const data = {
      ...fields,
      identifiers: JSON.stringify(fields.identifiers),
      sourceUrls: JSON.stringify(fields.sourceUrls),
      sourceDocumentId: source ?? null,
    };
    const existing = await tx.event.findUnique({ where: { seedKey }, select: { id: true, ...selectAll(data) } });
    // Writing an unchanged row would still bump updatedAt, so an unchanged event is left alone.
    const unchanged = existing && Object.entries(data).every(([key, value]) => existing[key as keyof typeof data] === value);
    const row = unchanged
      ? existing
      : await tx.event.upsert({ where: { seedKey }, create: { seedKey, ...data }, update: data, select: { id: true } });
    removed += await syncEventActions(tx, row.id, event.actions.filter((id) => knownActions.has(id)));
    const wanted = eventMeasureIds(event, allMeasureIds);
    const stale = await tx.eventMeasure.deleteMany({ where: { eventId: row.id, measureId: { notIn: wanted } } });
    removed += stale.count;
    for (const measureId of wanted) {
      await tx.eventMeasure.upsert({
        where: { eventId_measureId: { eventId: row.id, measureId } },
        create: { eventId: row.id, measureId },
        update: {},
      });
    }
  }
  return removed;
}

/** Editorial rows that content/ no longer has. Analyst rows that point at them block this. */
async function removeDropped(tx: Tx, content: PlanContent) {
  const measureIds = content.measures.map((measure) => measure.id);
  const results = await Promise.all([
    tx.measure.deleteMany({ where: { id: { notIn: measureIds } } }),
    tx.sector.deleteMany({ where: { id: { notIn: content.sectors.map((sector) => sector.id) } } }),
    tx.keyPolicy.deleteMany({ where: { id: { notIn: content.keyPolicies.map((policy) => policy.id) } } }),
    tx.sourceDocument.deleteMany({ where: { id: { notIn: content.sources.map((source) => source.id) } } }),
  ]);
  const pillars = await tx.pillar.deleteMany({ where: { id: { notIn: content.pillars.map((pillar) => pillar.id) } } });
  return results.reduce((sum, result) => sum + result.count, pillars.count);
}

export async function syncContent(client: PrismaClient, content: PlanContent): Promise<SyncReport> {
  return client.$transaction(
    async (tx) => {
      await syncEditorialRows(tx, content);
      const { links, removed } = await syncLinks(tx, content);
      // Actions before removeDropped (a dropped measure's actions must go first), and before the
      // events and deadlines that link to them.
      const prunedLinks = await pruneSeededEventActions(tx, content);
      const droppedActions = await syncActions(tx, content);
      const droppedEvents = await syncEvents(tx, content);
      const droppedDeadlines = await syncDeadlines(tx, content);
      const assessments = await syncAssessments(tx, content);
      const dropped = await removeDropped(tx, content);
      return {
        pillars: content.pillars.length,
        measures: content.measures.length,
        sectors: content.sectors.length,
        links,
        events: content.events.length,
        deadlines: content.deadlines.length,
        assessments,
        agencies: content.agencies.length,
        actions: content.actions.length,
        removed: removed + dropped + droppedEvents + droppedActions + droppedDeadlines + prunedLinks,
      };
    },
    { timeout: 30_000 },
  );
}
