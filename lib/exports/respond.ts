import "server-only";
import { listEvents } from "@/lib/data/events";
import { listMeasuresWithStatus } from "@/lib/data/measure-status";
import { cachedResponse } from "@/lib/http/cache";
import { eventFiltersSchema, readSearchParams } from "@/lib/validations/timeline";
import { eventRows, measureRows, toCsv } from "./tables";

type Format = "csv" | "json";

export function download(request: Request, name: string, format: Format, rows: Record<string, string | boolean>[]) {
  const date = new Date().toISOString().slice(0, 10);
  const body = format === "csv" ? toCsv(rows) : JSON.stringify(rows, null, 2);
  const type = format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8";
  return cachedResponse(request, body, type, {
    "Content-Disposition": `attachment; filename="${name}-${date}.${format}"`,
  });
}

export async function measuresExport(request: Request, format: Format) {
  return download(request, "ai-action-plan-measures", format, measureRows(await listMeasuresWithStatus()));
}

/** The events export takes the timeline's filters, so "download" gives what the page shows. */
export async function eventsExport(request: Request, format: Format) {
  const filters = eventFiltersSchema.parse(readSearchParams(new URL(request.url).searchParams));
  return download(request, "ai-action-plan-events", format, eventRows(await listEvents(filters)));
}
