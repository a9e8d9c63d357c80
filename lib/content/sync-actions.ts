/**
 * Agencies and recommended actions from content/, with their agency and source links. Run inside
 * syncContent's transaction, after measures and sources, before dropped measures are removed.
 * Analyst rows (status changes, events' links to actions) are never written here; an action they
 * point at cannot be dropped (the foreign key restricts it), so no history is lost silently.
 */
import type { PrismaClient } from "@/lib/db/client";
import type { ActionContent, AgencyContent, PlanContent } from "./schema";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Parents before children, so every parentId points at a row that already exists. */
function parentsFirst(agencies: AgencyContent[]): AgencyContent[] {
  const byId = new Map(agencies.map((agency) => [agency.id, agency]));
  const depth = (agency: AgencyContent): number => {
    let count = 0;
    for (let at = agency.parent; at && count < agencies.length; at = byId.get(at)?.parent ?? null) count += 1;
    return count;
  };
  return [...agencies].sort((a, b) => depth(a) - depth(b) || a.id.localeCompare(b.id));
}

async function syncAgencies(tx: Tx, agencies: AgencyContent[]) {
  for (const { id, parent, ...fields } of parentsFirst(agencies)) {
    const data = { ...fields, parentId: parent };
    await tx.agency.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
}

/** Plan order: pillar, then measure, then the bullet's position. */
function inPlanOrder(content: PlanContent): ActionContent[] {
  const measureOrder = new Map<string, number>();
  const pillarNumber = new Map(content.pillars.map((pillar) => [pillar.id, pillar.number]));
  for (const measure of content.measures) {
    measureOrder.set(measure.id, (pillarNumber.get(measure.pillar) ?? 0) * 100 + measure.position);
  }
  return [...content.actions].sort(
    (a, b) => (measureOrder.get(a.measure) ?? 0) - (measureOrder.get(b.measure) ?? 0) || a.position - b.position,
  );
}

async function syncActionRows(tx: Tx, actions: ActionContent[]) {
  const existing = new Map(
    (await tx.action.findMany({ select: { id: true, measureId: true, position: true, sequence: true } })).map((row) => [
      row.id,
      row,
    ]),
  );
  const wanted = actions.map((action, index) => ({ action, sequence: index + 1 }));
  // An action that moves would collide with the unique (measure, position) and sequence of the row
  // whose place it takes: park every moving row on a negative place first.
  for (const { action, sequence } of wanted) {
    const row = existing.get(action.id);
    if (row && (row.sequence !== sequence || row.position !== action.position || row.measureId !== action.measure)) {
      await tx.action.update({ where: { id: action.id }, data: { position: -sequence, sequence: -sequence } });
    }
  }
  for (const { action, sequence } of wanted) {
    const { id, measure, position, titleEn, titleKo, summaryEn, summaryKo } = action;
    const data = { measureId: measure, position, sequence, titleEn, titleKo, summaryEn, summaryKo };
    await tx.action.upsert({ where: { id }, create: { id, ...data }, update: data });
  }
}

async function syncActionLinks(tx: Tx, actions: ActionContent[]) {
  const agencyLinks = actions.flatMap((action) => [
    ...action.leads.map((agencyId, position) => ({ actionId: action.id, agencyId, role: "lead", position })),
    ...action.partners.map((agencyId, position) => ({ actionId: action.id, agencyId, role: "partner", position })),
  ]);
  const sourceLinks = actions.flatMap((action) => action.sources.map((sourceId) => ({ actionId: action.id, sourceId })));
  const keepAgency = new Set(agencyLinks.map((link) => `${link.actionId}|${link.agencyId}`));
  const keepSource = new Set(sourceLinks.map((link) => `${link.actionId}|${link.sourceId}`));
  let removed = 0;
  for (const link of await tx.actionAgency.findMany({ select: { actionId: true, agencyId: true } })) {
    if (keepAgency.has(`${link.actionId}|${link.agencyId}`)) continue;
    await tx.actionAgency.delete({ where: { actionId_agencyId: link } });
    removed += 1;
  }
  for (const link of await tx.actionSource.findMany()) {
    if (keepSource.has(`${link.actionId}|${link.sourceId}`)) continue;
    await tx.actionSource.delete({ where: { actionId_sourceId: link } });
    removed += 1;
  }
  for (const { actionId, agencyId, role, position } of agencyLinks) {
    await tx.actionAgency.upsert({
      where: { actionId_agencyId: { actionId, agencyId } },
      create: { actionId, agencyId, role, position },
      update: { role, position },
    });
  }
  for (const link of sourceLinks) {
    await tx.actionSource.upsert({ where: { actionId_sourceId: link }, create: link, update: {} });
  }
  return removed;
}

/** Writes agencies and actions; returns how many stale rows it removed. */
export async function syncActions(tx: Tx, content: PlanContent): Promise<number> {
  await syncAgencies(tx, content.agencies);
  const actions = inPlanOrder(content);
  const dropped = await tx.action.deleteMany({ where: { id: { notIn: actions.map((action) => action.id) } } });
  await syncActionRows(tx, actions);
  const removedLinks = await syncActionLinks(tx, actions);
  const droppedAgencies = await tx.agency.deleteMany({
    where: { id: { notIn: content.agencies.map((agency) => agency.id) } },
  });
  return dropped.count + removedLinks + droppedAgencies.count;
}
