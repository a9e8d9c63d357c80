/**
 * The brief's chart in the PDF: the page's stacked bars (lib/charts/layout.ts), drawn with pdfkit.
 * Each status has a fill that differs in pattern as well as colour, as on the page
 * (docs/charts.md): not started a pale tint, in progress dots, partially implemented diagonal
 * hatching, implemented solid; a legend names them and a table under it gives every number.
 */
import { type ChartLayout, layoutColumns, STACK_ORDER } from "@/lib/charts/layout";
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from "@/lib/validations/vocabulary";
import type { BriefChart } from "./chart";
import type { BriefWords } from "./labels";
import type { PdfWriter } from "./pdf-layout";

const INK = "#1e293b";
const MUTED = "#475569";
const RULE = "#cbd5e1";
const TINT: Record<ImplementationStatus, string> = {
  "not-started": "#f1f5f9",
  "in-progress": "#fcd34d",
  "partially-implemented": "#7dd3fc",
  implemented: "#15803d",
};
const CHART_HEIGHT = 170;
const LEGEND_HEIGHT = 16;
/** Under-bar labels need about this many points; with narrower bars only every n-th is written. */
const LABEL_ROOM = 30;

type Box = { x: number; y: number; width: number; height: number };

/** One status's fill in a box: its tint, its pattern (clipped to the box), an outline. */
function fill(doc: PDFKit.PDFDocument, status: ImplementationStatus, box: Box) {
  const { x, y, width, height } = box;
  doc.save();
  doc.rect(x, y, width, height).fillColor(TINT[status]).fill();
  if (status === "in-progress" || status === "partially-implemented") {
    doc.rect(x, y, width, height).clip();
    if (status === "in-progress") {
      for (let dy = 3; dy < height; dy += 6) for (let dx = 3; dx < width; dx += 6) doc.circle(x + dx, y + dy, 0.9);
      doc.fillColor(INK).fill();
    } else {
      for (let offset = -height; offset < width; offset += 4)
        doc.moveTo(x + offset, y + height).lineTo(x + offset + height, y);
      doc.lineWidth(1.2).strokeColor(INK).stroke();
    }
  }
  doc.restore();
  doc.rect(x, y, width, height).lineWidth(0.5).strokeColor(INK).stroke();
}

function drawBars(doc: PDFKit.PDFDocument, layout: ChartLayout) {
  const baseline = layout.plot.y + layout.plot.height;
  doc.font("regular").fontSize(7);
  for (const tick of layout.ticks) {
    doc
      .moveTo(layout.plot.x, tick.position)
      .lineTo(layout.plot.x + layout.plot.width, tick.position)
      .lineWidth(0.4)
      .strokeColor(RULE)
      .stroke();
    doc.fillColor(MUTED).text(String(tick.value), 0, tick.position - 3.5, {
      width: layout.plot.x - 4,
      align: "right",
      lineBreak: false,
    });
  }
  const every = Math.max(1, Math.ceil(LABEL_ROOM / (layout.bars[0]?.band ?? LABEL_ROOM)));
  layout.bars.forEach((bar, index) => {
    for (const segment of bar.segments) fill(doc, segment.status, segment);
    if (index % every !== 0) return;
    const label = [bar.axisLabel ?? bar.label, bar.axisNote].filter(Boolean).join("\n");
    doc.fillColor(MUTED).text(label, bar.x, baseline + 4, { width: bar.band, align: "center" });
  });
}

/** The chart, its legend and its numbers (a row per month), under the title page's summary. */
export function writeStatusChart(pdf: PdfWriter, chart: BriefChart, w: BriefWords) {
  if (chart.bars.length === 0) return;
  pdf.heading(chart.title, 3);
  const layout = layoutColumns(chart.bars, {
    width: pdf.width,
    height: CHART_HEIGHT,
    margin: { top: 6, right: 4, bottom: 30, left: 28 },
  });
  pdf.figure(CHART_HEIGHT + LEGEND_HEIGHT, (left, top) => {
    const { doc } = pdf;
    doc.translate(left, top);
    drawBars(doc, layout);
    let x = layout.plot.x;
    const y = CHART_HEIGHT + 4;
    doc.font("regular").fontSize(8);
    for (const status of STACK_ORDER) {
      fill(doc, status, { x, y, width: 9, height: 9 });
      const name = w.status(status);
      doc.fillColor(INK).text(name, x + 13, y + 0.5, { lineBreak: false });
      x += 13 + doc.widthOfString(name) + 14;
    }
  });
  pdf.muted(chart.rule);
  pdf.table(
    [
      { label: w.t("Charts.monthColumn"), width: 1.6 },
      ...IMPLEMENTATION_STATUSES.map((status) => ({ label: w.status(status), width: 1 })),
      { label: w.t("Charts.totalColumn"), width: 0.8 },
    ],
    chart.bars.map((bar) => [
      bar.label,
      ...IMPLEMENTATION_STATUSES.map((status) => String(bar.counts[status])),
      String(bar.total),
    ]),
  );
}
