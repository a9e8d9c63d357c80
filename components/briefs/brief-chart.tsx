import { StatusChart } from "@/components/charts/status-chart";
import { briefChart } from "@/lib/briefs/chart";
import type { BriefWords } from "@/lib/briefs/labels";
import type { Brief } from "@/lib/briefs/types";

/** The period's actions-by-status chart, with its table (docs/charts.md), in the brief's summary. */
export function BriefChart({ brief, w }: { brief: Brief; w: BriefWords }) {
  const chart = briefChart(brief, w);
  if (chart.bars.length === 0 || chart.bars[chart.bars.length - 1].total === 0) return null;
  return (
    <StatusChart
      id="brief-chart"
      title={chart.title}
      description={chart.description}
      bars={chart.bars}
      orientation="columns"
      categoryHeading={w.t("Charts.monthColumn")}
      note={chart.rule}
      headingLevel={3}
    />
  );
}
