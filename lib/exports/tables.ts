/**
 * The rows of the measures and events exports, shared by the CSV and JSON downloads so that
 * both say the same thing. CSV is UTF-8 with a byte-order mark, so Excel opens Korean correctly.
 */
import { stringify } from "csv-stringify/sync";
import type { TimelineEvent } from "@/lib/data/events";
import type { MeasureWithStatus } from "@/lib/data/measure-status";

/** Absolute addresses of the site's pages in the export's language: `page("/measures/x")`. */
export type PageAddress = (path: string) => string;

export function measureRows(measures: MeasureWithStatus[], page: PageAddress) {
  return measures.map((measure) => ({
    id: measure.id,
    pillar: measure.pillar.id,
    pillar_title_en: measure.pillar.titleEn,
    pillar_title_ko: measure.pillar.titleKo,
    title_en: measure.titleEn,
    title_ko: measure.titleKo,
    sectors: measure.sectors.join("; "),
    status: measure.status.status,
    verified: measure.status.verified,
    status_changed_at: measure.status.changedAt?.toISOString() ?? "",
    last_event_date: measure.lastEvent?.occurredOn ?? "",
    last_event_type: measure.lastEvent?.type ?? "",
    last_event_title_en: measure.lastEvent?.titleEn ?? "",
    last_event_title_ko: measure.lastEvent?.titleKo ?? "",
    url: page(`/measures/${measure.slug}`),
  }));
}

export function eventRows(events: TimelineEvent[], page: PageAddress) {
  return events.map((event) => ({
    id: event.id,
    occurred_on: event.occurredOn,
    type: event.type,
    title_en: event.titleEn ?? "",
    title_ko: event.titleKo ?? "",
    summary_en: event.summaryEn ?? "",
    summary_ko: event.summaryKo ?? "",
    source_url: event.sourceUrl ?? "",
    source_document: event.sourceDocument ? (event.sourceDocument.identifier ?? event.sourceDocument.titleEn) : "",
    measures: event.measures.map((measure) => measure.id).join("; "),
    // Events have no page of their own: the timeline of that day, scrolled to the event.
    url: page(`/timeline?from=${event.occurredOn}&to=${event.occurredOn}#event-${event.id}`),
  }));
}

// A cell starting with one of these is a formula to a spreadsheet; a leading apostrophe keeps it text.
const FORMULA_START = /^[=+\-@\t\r]/;

export function toCsv(rows: Record<string, string | boolean>[]): string {
  const safe = rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [
        key,
        typeof value === "string" && FORMULA_START.test(value) ? `'${value}` : value,
      ]),
    ),
  );
  const columns = rows[0] ? Object.keys(rows[0]) : [];
  return stringify(safe, {
    header: true,
    columns,
    bom: true,
    cast: { boolean: (value) => (value ? "true" : "false") },
  });
}
