import "server-only";
import { db } from "@/lib/db";
import { DomainError, NotFoundError } from "@/lib/errors";
import type { MeasureFilters } from "@/lib/validations/api";
import type { EventPageQuery } from "@/lib/validations/timeline";
import { listMeasureActions } from "./actions";
import { listEventPage, listRecentEvents, type TimelineEvent } from "./events";
import { listMeasuresWithStatus } from "./measure-status";
import { countStatuses, getCurrentStatus, listStatusHistory } from "./status";

/**
 * The public API's documents. Shapes are stable and explicit (no database ids beyond the
 * plan's own, no user emails): authors are named, never identified.
 */

export async function getApiPillars() {
  const pillars = await db.pillar.findMany({
    orderBy: { number: "asc" },
    select: { id: true, number: true, slug: true, titleEn: true, titleKo: true, summaryEn: true, summaryKo: true },
  });
  const counts = await Promise.all(pillars.map((pillar) => countStatuses({ pillarId: pillar.id })));
  return pillars.map((pillar, index) => ({
    ...pillar,
    measureCount: counts[index].total,
    statusCounts: counts[index].counts,
  }));
}

export async function getApiSectors() {
  const sectors = await db.sector.findMany({
    orderBy: { position: "asc" },
    select: {
      id: true,
      nameEn: true,
      nameKo: true,
      descriptionEn: true,
      descriptionKo: true,
      horizon: true,
      measures: { select: { measureId: true } },
    },
  });
  return sectors.map(({ measures, ...sector }) => ({
    ...sector,
    measures: measures.map((link) => link.measureId).sort(byMeasureOrder),
  }));
}

function byMeasureOrder(a: string, b: string) {
  const key = (id: string) => {
    const [pillar, position] = id.split("-");
    return ["I", "II", "III"].indexOf(pillar) * 100 + Number(position);
  };
  return key(a) - key(b);
}

export async function getApiMeasures(filters: MeasureFilters) {
  if (filters.sector && !(await db.sector.findUnique({ where: { id: filters.sector }, select: { id: true } }))) {
    throw new DomainError(`Unknown sector "${filters.sector}".`, 422);
  }
  const measures = await listMeasuresWithStatus(filters);
  return measures.map(({ pillar, ...measure }) => ({ ...measure, pillar: pillar.id }));
}

export function toApiEvent(event: TimelineEvent) {
  return {
    id: event.id,
    type: event.type,
    occurredOn: event.occurredOn,
    titleEn: event.titleEn,
    titleKo: event.titleKo,
    titleIsDescription: event.titleIsDescription,
    issuingBody: event.issuingBody,
    identifiers: event.identifiers,
    confidence: event.confidence,
    planRole: event.planRole,
    summaryEn: event.summaryEn,
    summaryKo: event.summaryKo,
    sourceUrl: event.sourceUrl,
    sourceUrls: event.sourceUrls,
    sourceDocument: event.sourceDocument
      ? {
          identifier: event.sourceDocument.identifier,
          titleEn: event.sourceDocument.titleEn,
          titleKo: event.sourceDocument.titleKo,
          publisher: event.sourceDocument.publisher,
        }
      : null,
    measures: event.measures.map((measure) => measure.id),
    actions: event.actionIds,
  };
}

/** One page of events; `next` is the cursor of the following page, null on the last. */
export async function getApiEvents(query: EventPageQuery) {
  const { events, next } = await listEventPage(query);
  return { data: events.map(toApiEvent), next };
}

/** The measure document lists this many newest events; `links.events` pages through the rest. */
export const MEASURE_API_EVENTS = 20;

export async function getApiMeasure(slug: string) {
  const measure = await db.measure.findFirst({
    where: { OR: [{ slug }, { id: slug }] },
    select: {
      id: true,
      slug: true,
      titleEn: true,
      titleKo: true,
      summaryEn: true,
      summaryKo: true,
      pillarId: true,
      sectors: {
        orderBy: { sector: { position: "asc" } },
        select: { sectorId: true, rationaleEn: true, rationaleKo: true },
      },
    },
  });
  if (!measure) throw new NotFoundError(`There is no measure "${slug}".`);
  const [status, history, { events, total }, actions] = await Promise.all([
    getCurrentStatus(measure.id),
    listStatusHistory(measure.id),
    listRecentEvents({ measure: measure.id }, MEASURE_API_EVENTS),
    listMeasureActions(measure.id),
  ]);
  const { pillarId, sectors, ...rest } = measure;
  return {
    ...rest,
    pillar: pillarId,
    sectors: sectors.map(({ sectorId, ...rationale }) => ({ id: sectorId, ...rationale })),
    status,
    statusHistory: history.map(({ author, ...change }) => ({ ...change, author: author.name })),
    // Its recommended actions, in plan order; the measure's status is derived from theirs.
    actions: actions.map(({ leads, ...action }) => ({ ...action, leads: leads.map((agency) => agency.id) })),
    events: events.map(toApiEvent),
    eventsTotal: total,
    links: {
      events: `/api/events?measure=${encodeURIComponent(measure.id)}`,
      actions: `/api/actions?measure=${encodeURIComponent(measure.id)}`,
    },
  };
}
