/**
 * The editors' assessments (docs/timeline.md), derived from the seeded events by the reference's
 * rules so that they stay true when events are added:
 * - an action that an "implements" event names is in progress from the earliest such event;
 * - lead-up, plan, reversal and status-check events set no status;
 * - verified when the event is confirmed by an official source, claimed when only reported;
 * - content/assessments.json adds the explicit rows (a later status, or another rating).
 * Pure: the seed writes what this returns (lib/content/sync-assessments.ts).
 */
import type { ImplementationStatus } from "@/lib/validations/vocabulary";
import type { EventContent, PlanContent } from "./schema";

export const EDITORIAL_USER_ID = "editorial";

export type Assessment = {
  seedKey: string;
  actionId: string;
  measureId: string;
  status: ImplementationStatus;
  verified: boolean;
  /** The day it holds from: the (latest) event's date. */
  effectiveOn: string;
  reason: string;
  sourceUrls: string[];
};

const RANK: Record<ImplementationStatus, number> = {
  "not-started": 0,
  "in-progress": 1,
  "partially-implemented": 2,
  implemented: 3,
};

/** The history's clock for a seeded assessment: its day, with a later status a second later. */
export function assessmentRecordedAt(assessment: Pick<Assessment, "effectiveOn" | "status">): Date {
  return new Date(`${assessment.effectiveOn}T00:00:0${RANK[assessment.status]}Z`);
}

const addressesOf = (events: EventContent[]) => [...new Set(events.flatMap((event) => [event.sourceUrl, ...event.sourceUrls]))];
const titlesOf = (events: EventContent[]) => events.map((event) => event.titleEn).join("; ");

export function deriveAssessments(content: Pick<PlanContent, "events" | "assessments" | "actions">): Assessment[] {
  const actions = new Map(content.actions.map((action) => [action.id, action]));
  const byKey = new Map(content.events.map((event) => [event.seedKey, event]));
  const out = new Map<string, Assessment>();
  const earliest = new Map<string, EventContent>();
  for (const event of content.events) {
    if (event.planRole !== "implements") continue;
    for (const actionId of event.actions) {
      const seen = earliest.get(actionId);
      if (!seen || event.occurredOn < seen.occurredOn) earliest.set(actionId, event);
    }
  }
  for (const [actionId, event] of earliest) {
    const action = actions.get(actionId);
    if (!action) continue; // its content is not written yet; assessed once it is
    const seedKey = `assessment-${actionId}-in-progress`;
    out.set(seedKey, {
      seedKey,
      actionId,
      measureId: action.measure,
      status: "in-progress",
      verified: event.confidence === "official",
      effectiveOn: event.occurredOn,
      reason: `편집부 평가: ${event.titleKo}(${event.occurredOn})로 진행 중이다. / Editors' assessment: in progress since ${event.titleEn} (${event.occurredOn}).`,
      sourceUrls: addressesOf([event]),
    });
  }
  for (const row of content.assessments) {
    const action = actions.get(row.action);
    const events = row.events.flatMap((key) => byKey.get(key) ?? []);
    if (!action || events.length === 0) continue;
    const seedKey = `assessment-${row.action}-${row.status}`;
    out.set(seedKey, {
      seedKey,
      actionId: row.action,
      measureId: action.measure,
      status: row.status,
      verified: row.verified,
      effectiveOn: events.map((event) => event.occurredOn).sort().at(-1) as string,
      reason: `편집부 평가: ${row.reasonKo} / Editors' assessment: ${row.reasonEn} (${titlesOf(events)})`,
      sourceUrls: addressesOf(events),
    });
  }
  return [...out.values()].sort(
    (a, b) => a.effectiveOn.localeCompare(b.effectiveOn) || RANK[a.status] - RANK[b.status] || a.actionId.localeCompare(b.actionId),
  );
}
