import { getTranslations } from "next-intl/server";
import { type ChartLayout, layoutColumns, layoutRows, STACK_ORDER } from "@/lib/charts/layout";
import type { StatusBar } from "@/lib/charts/series";
import type { ImplementationStatus } from "@/lib/validations/vocabulary";
import { STATUS_GLYPH } from "../tracking/status-badge";
import { StatusPatterns, StatusSwatch } from "./status-patterns";
import { StatusTable } from "./status-table";

export type StatusChartProps = {
  /** Unique on the page: prefixes the ids of the heading, title, description and patterns. */
  id: string;
  title: string;
  /** What the bars show, in a sentence or two (the SVG's <desc>). */
  description: string;
  bars: StatusBar[];
  /** "columns": bars side by side (months); "rows": one under another (agencies, sectors). */
  orientation: "columns" | "rows";
  /** The table's first column: "Month", "Lead agency", "Sector". */
  categoryHeading: string;
  /** A line under the chart: how it counts. */
  note?: string;
  headingLevel?: 2 | 3;
};

/** Under-bar labels need about this many units; with narrower bars only every n-th is written. */
const LABEL_ROOM = 26;

function ColumnMarks({ layout }: { layout: ChartLayout }) {
  const every = Math.max(1, Math.ceil(LABEL_ROOM / (layout.bars[0]?.band ?? LABEL_ROOM)));
  const baseline = layout.plot.y + layout.plot.height;
  return (
    <>
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line
            x1={layout.plot.x}
            x2={layout.plot.x + layout.plot.width}
            y1={tick.position}
            y2={tick.position}
            className="stroke-slate-300"
          />
          <text x={layout.plot.x - 6} y={tick.position + 4} textAnchor="end" className="fill-slate-700">
            {tick.value}
          </text>
        </g>
      ))}
      {layout.bars.map((bar, index) =>
        index % every === 0 ? (
          <text key={bar.key} x={bar.x + bar.band / 2} y={baseline + 15} textAnchor="middle" className="fill-slate-700">
            {bar.axisLabel ?? bar.label}
            {bar.axisNote ? (
              <tspan x={bar.x + bar.band / 2} dy={14} className="fill-slate-600">
                {bar.axisNote}
              </tspan>
            ) : null}
          </text>
        ) : null,
      )}
    </>
  );
}

function RowMarks({ layout }: { layout: ChartLayout }) {
  const bottom = layout.plot.y + layout.plot.height;
  return (
    <>
      {layout.ticks.map((tick) => (
        <g key={tick.value}>
          <line x1={tick.position} x2={tick.position} y1={layout.plot.y} y2={bottom} className="stroke-slate-300" />
          <text x={tick.position} y={bottom + 15} textAnchor="middle" className="fill-slate-700">
            {tick.value}
          </text>
        </g>
      ))}
      {layout.bars.map((bar) => {
        const middle = bar.y + bar.band / 2 + 4;
        const end = bar.segments.reduce((right, segment) => Math.max(right, segment.x + segment.width), bar.x);
        return (
          <g key={bar.key}>
            <text x={bar.x - 6} y={middle} textAnchor="end" className="fill-slate-700">
              {bar.axisLabel ?? bar.label}
            </text>
            <text x={end + 4} y={middle} className="fill-slate-900 font-semibold">
              {bar.total}
            </text>
          </g>
        );
      })}
    </>
  );
}

/**
 * A stacked bar chart of actions by status, drawn on the server as SVG (no client script), with
 * a title and a description for screen readers, a pattern as well as a colour per status (the
 * legend pairs each with its glyph), and under it a table with every number the bars show, laid
 * out like the bars: a column per month, a row per agency or sector.
 */
export async function StatusChart({
  id,
  title,
  description,
  bars,
  orientation,
  categoryHeading,
  note,
  headingLevel = 2,
}: StatusChartProps) {
  const [t, ts] = await Promise.all([getTranslations("Charts"), getTranslations("Status")]);
  const layout = orientation === "columns" ? layoutColumns(bars) : layoutRows(bars);
  const Heading = `h${headingLevel}` as const;
  const fill = (status: ImplementationStatus) => `url(#${id}-fill-${status})`;
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded-lg border border-slate-200 p-4" data-testid={id}>
      <Heading id={`${id}-heading`} className="text-lg font-bold">
        {title}
      </Heading>
      <div className="mt-3 max-w-3xl">
        <svg
          viewBox={`0 0 ${layout.width} ${layout.height}`}
          role="img"
          aria-labelledby={`${id}-title ${id}-desc`}
          className="h-auto w-full text-[11px]"
        >
          <title id={`${id}-title`}>{title}</title>
          <desc id={`${id}-desc`}>{description}</desc>
          <StatusPatterns idPrefix={id} />
          {orientation === "columns" ? <ColumnMarks layout={layout} /> : <RowMarks layout={layout} />}
          {layout.bars.map((bar) => (
            <g key={bar.key}>
              {bar.segments.map((segment) => (
                <rect
                  key={segment.status}
                  x={segment.x}
                  y={segment.y}
                  width={segment.width}
                  height={segment.height}
                  fill={fill(segment.status)}
                  className="stroke-slate-900"
                  strokeWidth={0.75}
                />
              ))}
            </g>
          ))}
        </svg>
        <ul aria-label={t("legend")} className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {STACK_ORDER.map((status) => (
            <li key={status} className="inline-flex items-center gap-1.5">
              <StatusSwatch fill={fill(status)} />
              <span aria-hidden="true">{STATUS_GLYPH[status]}</span>
              {ts(status)}
            </li>
          ))}
        </ul>
        {note ? <p className="mt-2 text-sm text-slate-700">{note}</p> : null}
      </div>
      <StatusTable id={id} caption={t("tableCaption", { title })} bars={bars} byColumn={orientation === "columns"}>
        {categoryHeading}
      </StatusTable>
    </section>
  );
}
