import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { listMonthlyActionStatuses } from "@/lib/data/charts";
import { getBriefFrame, listSharedNotesBetween, listStatusChangesBetween } from "@/lib/data/briefs";
import { listCompaniesForExport } from "@/lib/data/companies";
import { listDeadlines } from "@/lib/data/deadlines";
import { listEvents } from "@/lib/data/events";
import { todayIso } from "@/lib/deadlines/state";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { addDays, type BriefPeriod } from "@/lib/validations/briefs";
import { classifyDeadline } from "./deadlines";
import { SourceNumbers } from "./sources";
import type {
  Brief,
  BriefCompany,
  BriefDeadline,
  BriefEvent,
  BriefMeasure,
  BriefNote,
  BriefSector,
  BriefStatusChange,
} from "./types";

export type BriefRequest = { period: BriefPeriod; locale: Locale; viewer: Viewer | null; today?: string };

function pick(en: string | null, ko: string | null, locale: Locale): string {
  return (locale === "ko" ? ko || en : en || ko) ?? "";
}

type Dated = { occurredOn: string; title: string; id: string };

function byOccurrence(a: Dated, b: Dated) {
  return a.occurredOn.localeCompare(b.occurredOn) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);
}

function groupBy<T>(items: T[], keys: (item: T) => (string | null)[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items)
    for (const key of keys(item)) if (key !== null) groups.set(key, [...(groups.get(key) ?? []), item]);
  return groups;
}

/**
 * The brief of a period for a viewer, in one language: status changes, events, deadlines and
 * (signed in) shared notes, by pillar and measure and by sector, with the sectors' companies
 * (signed in only). Everything is ordered by the plan and by date, so the same period and data
 * give the same brief.
 */
export async function composeBrief({ period, locale, viewer, today = todayIso() }: BriefRequest): Promise<Brief> {
  const asOf = period.to < today ? period.to : today;
  const [frame, changeRows, eventRows, deadlineRows, noteRows, companyRows, chart] = await Promise.all([
    getBriefFrame(),
    listStatusChangesBetween(period),
    listEvents({ from: period.from, to: period.to }),
    listDeadlines({}, asOf),
    listSharedNotesBetween(viewer, period),
    listCompaniesForExport(viewer),
    // UTC months, like the period's days; nothing recorded after asOf, so a past period's chart stays put.
    listMonthlyActionStatuses(
      {},
      { timeZone: "UTC", from: new Date(`${period.from}T00:00:00Z`), now: new Date(`${asOf}T23:59:59.999Z`) },
    ),
  ]);
  const measureCount = frame.pillars.reduce((total, pillar) => total + pillar.measures.length, 0);
  const sources = new SourceNumbers();

  const events: BriefEvent[] = eventRows
    .map((event) => ({
      id: event.id,
      occurredOn: event.occurredOn,
      type: event.type,
      title: pick(event.titleEn, event.titleKo, locale),
      summary: pick(event.summaryEn, event.summaryKo, locale),
      measureIds: event.measures.map((measure) => measure.id),
      sourceUrls: [...new Set([event.sourceUrl, ...event.sourceUrls, event.sourceDocument?.url ?? null])],
    }))
    .sort(byOccurrence)
    .map(({ sourceUrls, ...event }) => ({ ...event, sources: sources.cite(sourceUrls) }));
  const statusChanges: BriefStatusChange[] = changeRows.map((change) => ({
    id: change.id,
    day: change.createdAt.toISOString().slice(0, 10),
    measureId: change.measureId,
    action: change.action && { id: change.action.id, title: localized(change.action, "title", locale) },
    status: change.status,
    verified: change.verified,
    reason: change.reason,
    author: change.author,
    sources: sources.cite(change.sourceUrls),
  }));
  const deadlines: BriefDeadline[] = deadlineRows.flatMap((row) => {
    const state = classifyDeadline(row.state, period, asOf, addDays(asOf, 90));
    if (!state) return [];
    return [
      {
        id: row.id,
        state,
        provision: localized(row, "provision", locale),
        instrument: row.instrument,
        dueOn: row.dueOn,
        metOn: row.state.state === "met" ? row.state.metOn : null,
        measureIds: row.measures.map((measure) => measure.id),
      },
    ];
  });
  const notes: BriefNote[] = noteRows.map((note) => ({
    id: note.id,
    day: note.createdAt.toISOString().slice(0, 10),
    author: note.author,
    body: note.body,
    measureId: note.measureId,
    sectorId: note.sectorId,
  }));

  // An event about the whole plan would repeat under all 30 measures; it is listed once instead.
  const planWideEvents = events.filter((event) => event.measureIds.length === measureCount);
  const eventsByMeasure = groupBy(
    events.filter((event) => event.measureIds.length < measureCount),
    (event) => event.measureIds,
  );
  const changesByMeasure = groupBy(statusChanges, (change) => [change.measureId]);
  const deadlinesByMeasure = groupBy(deadlines, (deadline) => deadline.measureIds);
  const notesByMeasure = groupBy(notes, (note) => [note.measureId]);
  const notesBySector = groupBy(notes, (note) => [note.sectorId]);

  const measures = new Map<string, BriefMeasure>();
  const pillars = frame.pillars.map((pillar) => ({
    id: pillar.id,
    number: pillar.number,
    title: localized(pillar, "title", locale),
    measures: pillar.measures.flatMap((row) => {
      const measure: BriefMeasure = {
        id: row.id,
        slug: row.slug,
        title: localized(row, "title", locale),
        statusChanges: changesByMeasure.get(row.id) ?? [],
        events: eventsByMeasure.get(row.id) ?? [],
        deadlines: deadlinesByMeasure.get(row.id) ?? [],
        notes: notesByMeasure.get(row.id) ?? [],
      };
      measures.set(row.id, measure);
      const { statusChanges, events, deadlines, notes } = measure;
      return statusChanges.length + events.length + deadlines.length + notes.length > 0 ? [measure] : [];
    }),
  }));

  const companiesBySector = viewer ? groupBy(companyRows, (company) => [company.sectorId]) : null;
  const toCompany = (company: (typeof companyRows)[number]): BriefCompany => ({
    id: company.id,
    name: localized(company, "name", locale),
    ticker: company.ticker,
    market: company.market,
    rationale: company.rationale,
  });
  const horizonRank = (horizon: string) => (horizon === "near-term" ? 0 : 1);
  const sectors: BriefSector[] = [...frame.sectors]
    .sort((a, b) => horizonRank(a.horizon) - horizonRank(b.horizon) || a.position - b.position)
    .map((sector) => {
      const touched = sector.measureIds.flatMap((id) => {
        const measure = measures.get(id);
        return measure ? [measure] : [];
      });
      const active = touched.filter((m) => m.statusChanges.length + m.events.length + m.deadlines.length > 0);
      const sectorEvents = [...new Map(active.flatMap((m) => m.events).map((e) => [e.id, e])).values()];
      return {
        id: sector.id,
        name: localized(sector, "name", locale),
        horizon: sector.horizon === "near-term" ? "near-term" : "following",
        measures: touched
          .map((m) => ({
            id: m.id,
            slug: m.slug,
            title: m.title,
            statusChanges: m.statusChanges.length,
            events: m.events.length,
            deadlines: m.deadlines.length,
            notes: m.notes.length,
          }))
          .filter((m) => m.statusChanges + m.events + m.deadlines + m.notes > 0),
        events: sectorEvents.sort(byOccurrence),
        notes: notesBySector.get(sector.id) ?? [],
        companies: companiesBySector ? (companiesBySector.get(sector.id) ?? []).map(toCompany) : null,
      };
    });

  const byState = (state: BriefDeadline["state"]) => deadlines.filter((deadline) => deadline.state === state);
  return {
    period,
    locale,
    asOf,
    signedIn: viewer !== null,
    totals: {
      statusChanges: statusChanges.length,
      events: events.length,
      met: byState("met").length,
      missed: byState("missed").length,
      coming: byState("coming").length,
      notes: viewer ? notes.length : null,
    },
    planWideEvents,
    pillars,
    sectors,
    deadlines: { met: byState("met"), missed: byState("missed"), coming: byState("coming") },
    chart,
    sources: sources.list(),
  };
}
