import { getTranslations } from "next-intl/server";
import type { StatusCounts } from "@/lib/data/status";
import { IMPLEMENTATION_STATUSES } from "@/lib/validations/status";
import { STATUS_GLYPH } from "./status-badge";

const BAR: Record<(typeof IMPLEMENTATION_STATUSES)[number], string> = {
  "not-started": "bg-slate-400",
  "in-progress": "bg-amber-500",
  "partially-implemented": "bg-sky-600",
  implemented: "bg-green-700",
};

/**
 * How many measures are in each status: one labelled bar per status with its number written out,
 * so it reads without colour (and without CSS). Server-rendered, no chart library.
 */
export async function StatusProgress({
  counts,
  headingLevel = 2,
  id,
  unit = "measures",
}: {
  counts: StatusCounts;
  headingLevel?: 2 | 3;
  id: string;
  /** What is counted: the plan's measures, or its recommended actions. */
  unit?: "measures" | "actions";
}) {
  const t = await getTranslations("Status");
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      aria-labelledby={`${id}-heading`}
      className="rounded-lg border border-slate-200 p-4"
      data-testid={unit === "actions" ? "action-progress" : "status-progress"}
    >
      <Heading id={`${id}-heading`} className="text-lg font-bold">
        {t(unit === "actions" ? "progressHeadingActions" : "progressHeading")}
      </Heading>
      <p className="mb-3 text-sm text-slate-700">
        {t(unit === "actions" ? "progressCaptionActions" : "progressCaption", { count: counts.total })}
      </p>
      <dl className="space-y-2">
        {IMPLEMENTATION_STATUSES.map((status) => {
          const count = counts.counts[status];
          const percent = counts.total ? Math.round((count / counts.total) * 100) : 0;
          return (
            <div key={status} className="grid grid-cols-[minmax(9rem,14rem)_1fr_auto] items-center gap-3 text-sm">
              <dt>
                <span aria-hidden="true" className="mr-1">
                  {STATUS_GLYPH[status]}
                </span>
                {t(status)}
              </dt>
              <dd className="h-3 rounded bg-slate-100" aria-hidden="true">
                <div className={`h-3 rounded ${BAR[status]}`} style={{ width: `${percent}%` }} />
              </dd>
              <dd className="tabular-nums font-semibold" data-status={status}>
                <span className="sr-only">{t("progressRow", { status: t(status), count, total: counts.total })}</span>
                <span aria-hidden="true">
                  {count} / {counts.total}
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
      <p className="mt-3 text-sm text-slate-700">
        {t("progressVerified", { count: counts.verified, total: counts.total })}
      </p>
    </section>
  );
}
