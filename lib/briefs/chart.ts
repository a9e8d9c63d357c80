/**
 * The brief's chart (recommended actions by status, month by month over the period) as the page,
 * the Markdown and the PDF show it: the same bars, title, description and counting rule. Pure.
 */
import { type StatusBar, toMonthBars } from "@/lib/charts/series";
import { IMPLEMENTATION_STATUSES } from "@/lib/validations/vocabulary";
import type { BriefWords } from "./labels";
import type { Brief } from "./types";

export type BriefChart = { bars: StatusBar[]; title: string; description: string; rule: string };

export function briefChart(brief: Brief, w: BriefWords): BriefChart {
  const bars = toMonthBars(brief.chart, brief.locale);
  const [first, last] = [bars[0], bars[bars.length - 1]];
  const asOf = w.day(brief.asOf);
  const summary = IMPLEMENTATION_STATUSES.map((status) =>
    w.t("Charts.summaryPart", { status: w.status(status), count: last?.counts[status] ?? 0 }),
  ).join(", ");
  return {
    bars,
    title: w.t("Briefs.chartTitle"),
    description: w.t("Briefs.chartDescription", {
      first: first?.label ?? "",
      last: last?.label ?? "",
      total: last?.total ?? 0,
      asOf,
      summary,
    }),
    rule: w.t("Briefs.chartRule", { asOf }),
  };
}
