import "server-only";
import { listEvents } from "@/lib/data/events";
import { listMeasuresWithStatus } from "@/lib/data/measure-status";
import { siteOrigin } from "@/lib/feeds/respond";
import { cachedResponse } from "@/lib/http/cache";
import { exportLanguageSchema } from "@/lib/validations/exports";
import { eventFiltersSchema, readSearchParams } from "@/lib/validations/timeline";
import { type ExportKind, toKoreanRows } from "./korean";
import { eventRows, measureRows, type PageAddress, toCsv } from "./tables";

type Format = "csv" | "json";

type Row = Record<string, string | boolean>;

/** The export's language (?lang=ko for a Korean page's link) and the address of its pages. */
export function exportLanguage(request: Request): { lang: "en" | "ko"; page: PageAddress } {
  const url = new URL(request.url);
  const { lang } = exportLanguageSchema.parse(readSearchParams(url.searchParams));
  const origin = siteOrigin(request);
  return { lang, page: (path) => `${origin}/${lang}${path}` };
}

export async function download(
  request: Request,
  { name, format, kind, lang }: { name: string; format: Format; kind: ExportKind; lang: "en" | "ko" },
  rows: Row[],
) {
  // JSON is for programs: its keys never change with the language; a Korean CSV is for people.
  if (format === "csv" && lang === "ko") rows = await toKoreanRows(kind, rows);
  const date = new Date().toISOString().slice(0, 10);
  const body = format === "csv" ? toCsv(rows) : JSON.stringify(rows, null, 2);
  const type = format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
  return cachedResponse(request, body, type, {
    "Content-Disposition": `attachment; filename="${name}-${date}.${format}"`,
  });
}

export async function measuresExport(request: Request, format: Format) {
  const { lang, page } = exportLanguage(request);
  const rows = measureRows(await listMeasuresWithStatus(), page);
  return download(request, { name: "ai-action-plan-measures", format, kind: "measures", lang }, rows);
}

/** The events export takes the timeline's filters, so "download" gives what the page shows. */
export async function eventsExport(request: Request, format: Format) {
  const filters = eventFiltersSchema.parse(readSearchParams(new URL(request.url).searchParams));
  const { lang, page } = exportLanguage(request);
  const rows = eventRows(await listEvents(filters), page);
  return download(request, { name: "ai-action-plan-events", format, kind: "events", lang }, rows);
}
