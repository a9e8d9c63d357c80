/**
 * Geometry of a stacked bar chart, in SVG user units (the component scales the viewBox to its
 * width). Pure: bars in, rectangles and ticks out. Each bar stacks the four statuses from the
 * axis outwards, implemented first, so progress grows from the baseline.
 */
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from "@/lib/validations/vocabulary";
import type { StatusBar } from "./series";

/** From the axis outwards: implemented, partially implemented, in progress, not started. */
export const STACK_ORDER: readonly ImplementationStatus[] = [...IMPLEMENTATION_STATUSES].reverse();

export type Segment = {
  status: ImplementationStatus;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
};
/** A bar as given, with where it sits (`band`: the width of its column or the height of its row). */
export type BarLayout = StatusBar & { segments: Segment[]; x: number; y: number; band: number };
export type Tick = { value: number; position: number };
export type ChartLayout = {
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  bars: BarLayout[];
  ticks: Tick[];
};

/** Round tick steps (1, 2, 5, 10, 20, 50…) so that the axis has at most `most` steps up to `max`. */
export function niceTicks(max: number, most = 6): number[] {
  const top = Math.max(1, max);
  let step = 1;
  for (let magnitude = 1; ; magnitude *= 10) {
    const found = [1, 2, 5].map((m) => m * magnitude).find((candidate) => Math.ceil(top / candidate) <= most);
    if (found) {
      step = found;
      break;
    }
  }
  const ticks: number[] = [];
  for (let value = 0; value < top + step; value += step) ticks.push(value);
  return ticks;
}

function stack(counts: Record<ImplementationStatus, number>, unit: number) {
  let offset = 0;
  return STACK_ORDER.filter((status) => counts[status] > 0).map((status) => {
    const start = offset;
    offset += counts[status] * unit;
    return { status, count: counts[status], start, length: counts[status] * unit };
  });
}

type Margin = { top: number; right: number; bottom: number; left: number };

/** The area inside the margins, where the bars are drawn. */
function plotArea(width: number, height: number, margin: Margin) {
  return {
    x: margin.left,
    y: margin.top,
    width: width - margin.left - margin.right,
    height: height - margin.top - margin.bottom,
  };
}

/** Vertical bars side by side (months across), the count axis on the left. */
export function layoutColumns(
  bars: readonly StatusBar[],
  { width = 640, height = 260, margin = { top: 12, right: 8, bottom: 40, left: 36 } } = {},
): ChartLayout {
  const plot = plotArea(width, height, margin);
  const ticks = niceTicks(Math.max(0, ...bars.map((bar) => bar.total)));
  const top = ticks[ticks.length - 1];
  const unit = plot.height / top;
  const band = plot.width / Math.max(1, bars.length);
  const barWidth = Math.max(2, band * 0.7);
  const baseline = plot.y + plot.height;
  return {
    width,
    height,
    plot,
    ticks: ticks.map((value) => ({ value, position: baseline - value * unit })),
    bars: bars.map((bar, index) => {
      const x = plot.x + index * band + (band - barWidth) / 2;
      return {
        ...bar,
        x: plot.x + index * band,
        y: plot.y,
        band,
        segments: stack(bar.counts, unit).map(({ status, count, start, length }) => ({
          status,
          count,
          x,
          y: baseline - start - length,
          width: barWidth,
          height: length,
        })),
      };
    }),
  };
}

/** Horizontal bars one under another (agencies, sectors down), the count axis along the bottom. */
export function layoutRows(
  bars: readonly StatusBar[],
  { width = 640, rowHeight = 24, margin = { top: 8, right: 40, bottom: 24, left: 150 } } = {},
): ChartLayout {
  const height = margin.top + margin.bottom + rowHeight * Math.max(1, bars.length);
  const plot = plotArea(width, height, margin);
  const ticks = niceTicks(Math.max(0, ...bars.map((bar) => bar.total)));
  const unit = plot.width / ticks[ticks.length - 1];
  const barHeight = rowHeight * 0.7;
  return {
    width,
    height,
    plot,
    ticks: ticks.map((value) => ({ value, position: plot.x + value * unit })),
    bars: bars.map((bar, index) => {
      const y = plot.y + index * rowHeight + (rowHeight - barHeight) / 2;
      return {
        ...bar,
        x: plot.x,
        y: plot.y + index * rowHeight,
        band: rowHeight,
        segments: stack(bar.counts, unit).map(({ status, count, start, length }) => ({
          status,
          count,
          x: plot.x + start,
          y,
          width: length,
          height: barHeight,
        })),
      };
    }),
  };
}
