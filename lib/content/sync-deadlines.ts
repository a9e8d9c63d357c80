/**
 * Writes content/deadlines.json into Deadline, DeadlineMeasure and DeadlineEvent. Deadlines are
 * editorial only (analysts have no deadline rows), so the tables mirror the file exactly; an
 * unchanged deadline is not rewritten.
 */
import type { PrismaClient } from "@/lib/db/client";
import { deadlineMeasureIds } from "./load";
import type { PlanContent } from "./schema";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export async function syncDeadlines(tx: Tx, content: PlanContent): Promise<number> {
  const allMeasureIds = content.measures.map((measure) => measure.id);
  const knownActions = new Set(content.actions.map((action) => action.id));
  const dropped = await tx.deadline.deleteMany({ where: { id: { notIn: content.deadlines.map((deadline) => deadline.id) } } });
  let removed = dropped.count;
  const eventIds = new Map(
    (
      await tx.event.findMany({
        where: { seedKey: { in: content.deadlines.flatMap((d) => [...d.metBy, ...d.answeredBy]) } },
        select: { id: true, seedKey: true },
      })
    ).map((event) => [event.seedKey, event.id]),
  );
  for (const [index, deadline] of content.deadlines.entries()) {
    const { id, measures: _measures, actions: _actions, metBy, answeredBy, ...fields } = deadline;
    const data = { ...fields, sequence: index + 1 };
    await tx.deadline.upsert({ where: { id }, create: { id, ...data }, update: data });

    const measureIds = deadlineMeasureIds(deadline, allMeasureIds);
    removed += (await tx.deadlineMeasure.deleteMany({ where: { deadlineId: id, measureId: { notIn: measureIds } } })).count;
    for (const measureId of measureIds) {
      await tx.deadlineMeasure.upsert({
        where: { deadlineId_measureId: { deadlineId: id, measureId } },
        create: { deadlineId: id, measureId },
        update: {},
      });
    }

    const actionIds = deadline.actions.filter((actionId) => knownActions.has(actionId));
    removed += (await tx.deadlineAction.deleteMany({ where: { deadlineId: id, actionId: { notIn: actionIds } } })).count;
    for (const actionId of actionIds) {
      await tx.deadlineAction.upsert({
        where: { deadlineId_actionId: { deadlineId: id, actionId } },
        create: { deadlineId: id, actionId },
        update: {},
      });
    }

    const links = [
      ...metBy.map((key) => ({ eventId: eventIds.get(key), meets: true })),
      ...answeredBy.map((key) => ({ eventId: eventIds.get(key), meets: false })),
    ].flatMap(({ eventId, meets }) => (eventId ? [{ eventId, meets }] : []));
    const wanted = links.map((link) => link.eventId);
    removed += (await tx.deadlineEvent.deleteMany({ where: { deadlineId: id, eventId: { notIn: wanted } } })).count;
    for (const { eventId, meets } of links) {
      await tx.deadlineEvent.upsert({
        where: { deadlineId_eventId: { deadlineId: id, eventId } },
        create: { deadlineId: id, eventId, meets },
        update: { meets },
      });
    }
  }
  return removed;
}
