import "server-only";
import { z } from "zod";
import type { ActionRow } from "@/lib/data/action-rows";
import { listActions } from "@/lib/data/actions";
import { readSearchParams } from "@/lib/validations/timeline";
import { actionFilterFields } from "@/lib/validations/tracker";
import { download, exportLanguage } from "./respond";
import type { PageAddress } from "./tables";

const actionFiltersSchema = z.object(actionFilterFields);

/** One row per action, the same columns in CSV and JSON. */
export function actionRows(rows: ActionRow[], page: PageAddress) {
  const names = (agencies: ActionRow["leads"]) =>
    agencies.map((agency) => agency.abbreviation ?? agency.nameEn).join("; ");
  return rows.map((row) => ({
    id: row.id,
    measure: row.measure.id,
    pillar: row.pillarId,
    title_en: row.titleEn,
    title_ko: row.titleKo,
    summary_en: row.summaryEn,
    summary_ko: row.summaryKo,
    leads: names(row.leads),
    partners: names(row.partners),
    sectors: row.sectors.join("; "),
    status: row.status.status,
    verified: row.status.changedAt !== null && row.status.verified,
    status_changed_at: row.status.changedAt?.toISOString() ?? "",
    last_event_date: row.lastEvent?.occurredOn ?? "",
    last_event_title_en: row.lastEvent?.titleEn ?? "",
    last_event_title_ko: row.lastEvent?.titleKo ?? "",
    url: page(`/actions/${row.id}`),
  }));
}

/** /exports/actions.csv|json take the tracker's filters, so "download" gives what the table shows. */
export async function actionsExport(request: Request, format: "csv" | "json") {
  const filters = actionFiltersSchema.parse(readSearchParams(new URL(request.url).searchParams));
  const { lang, page } = exportLanguage(request);
  const rows = actionRows(await listActions(filters), page);
  return download(request, { name: "ai-action-plan-actions", format, kind: "actions", lang }, rows);
}
