import "server-only";
import { createTranslator } from "next-intl";
import { listExportVocabulary } from "@/lib/data/export-labels";
import messages from "@/lib/i18n/messages/ko.json";

type Row = Record<string, string | boolean>;
export type ExportKind = "measures" | "events" | "actions";

/**
 * A spreadsheet for a Korean reader: the same rows as the tools' export, with Korean column names
 * (ExportColumns in the messages) and Korean words for statuses, event types, pillars and sectors.
 * Dates and times stay ISO 8601 and titles keep both languages, so nothing is lost.
 */
export async function toKoreanRows(kind: ExportKind, rows: Row[]): Promise<Row[]> {
  // Always Korean whatever the request's locale, so the translator is made here, not asked of next-intl's request.
  const t = createTranslator({ locale: "ko", messages });
  const columns = (column: string) => t(`ExportColumns.${kind}.${column}` as "ExportColumns.events.id");
  const status = (key: string) => t(`Status.${key}` as "Status.verified");
  const timeline = (key: string) => t(`Timeline.${key}` as "Timeline.types.other");
  const pillar = (number: number) => t("Pillar.label", { number });
  const vocabulary = await listExportVocabulary();
  const eventType = (type: string) => (type ? timeline(`types.${type}`) : "");
  const value = (column: string, cell: string | boolean): string | boolean => {
    if (column === "status") return status(String(cell));
    if (column === "verified") return status(cell ? "verified" : "claimed");
    if (column === "type" || column === "last_event_type") return eventType(String(cell));
    if (column === "pillar") return pillar(vocabulary.pillarNumber.get(String(cell)) ?? 0);
    if (column === "sectors" && kind !== "events")
      return String(cell)
        .split("; ")
        .filter(Boolean)
        .map((id) => vocabulary.sectorName.get(id) ?? id)
        .join("; ");
    return cell;
  };
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([column, cell]) => [columns(column), value(column, cell)])),
  );
}
