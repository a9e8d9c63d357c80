import { getTranslations } from "next-intl/server";
import type { ActionStatusCounts as Counts } from "@/lib/data/action-status";
import { IMPLEMENTATION_STATUSES } from "@/lib/validations/vocabulary";
import { STATUS_GLYPH } from "../tracking/status-badge";

/** A compact line of counts per status, in words and shapes (readable without colour). */
export async function ActionStatusCounts({ counts, id }: { counts: Counts; id: string }) {
  const t = await getTranslations("Status");
  if (counts.total === 0) return null;
  return (
    <ul id={id} className="flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid={id}>
      {IMPLEMENTATION_STATUSES.map((status) => (
        <li key={status} data-status={status}>
          <span aria-hidden="true">{STATUS_GLYPH[status]} </span>
          {t("progressRow", { status: t(status), count: counts.counts[status], total: counts.total })}
        </li>
      ))}
    </ul>
  );
}
