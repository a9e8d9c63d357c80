/**
 * The few things a research brief's PDF is made of, drawn with pdfkit: headings, paragraphs,
 * bullets, simple ruled tables that break across pages (repeating their header), and "n / N"
 * page numbers. Text is set in Pretendard (a Korean and Latin font from npm), embedded as a subset.
 */
import PDFDocument from "pdfkit";
import { briefFonts } from "./pdf-font";

// pdfkit (0.20) takes a fontkit font wherever it takes a font file; its types (0.17) name files only.
const asFontSource = (font: unknown) => font as string;

const MARGIN = 56;
const INK = "#1e293b";
const MUTED = "#475569";
const RULE = "#cbd5e1";
const LINK = "#1d4ed8";

export type Column = { label: string; width: number };

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;

  constructor({ title, date, language }: { title: string; date: Date; language: string }) {
    this.doc = new PDFDocument({
      size: "A4",
      margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
      bufferPages: true,
      // Fixed dates (the period's), so the same brief is the same bytes.
      info: { Title: title, Creator: "AI Action Plan Tracker", CreationDate: date, ModDate: date },
      lang: language,
      displayTitle: true,
      // No standard font: pdfkit would read Helvetica's metrics from its own files, never used here.
      font: asFontSource(briefFonts().regular),
    });
    this.doc.registerFont("regular", asFontSource(briefFonts().regular));
    this.doc.registerFont("bold", asFontSource(briefFonts().bold));
    this.doc.font("regular").fillColor(INK);
  }

  get width(): number {
    return this.doc.page.width - MARGIN * 2;
  }

  private ensureRoom(height: number) {
    if (this.doc.y + height > this.doc.page.height - MARGIN) this.doc.addPage();
  }

  /**
   * A drawing `height` points tall across the text width (a new page when it does not fit):
   * `draw` gets its top-left corner; the text goes on under it.
   */
  figure(height: number, draw: (left: number, top: number) => void) {
    this.ensureRoom(height);
    const top = this.doc.y;
    this.doc.save();
    draw(MARGIN, top);
    this.doc.restore();
    this.doc.font("regular").fillColor(INK);
    this.doc.x = MARGIN;
    this.doc.y = top + height;
    this.doc.moveDown(0.4);
  }

  /** The title page's title. */
  title(text: string) {
    this.doc.font("bold").fontSize(26).fillColor(INK).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.5).font("regular");
  }

  /** A section (level 1) starts a page; the others keep with what follows. */
  heading(text: string, level: 1 | 2 | 3 | 4) {
    const size = [20, 15, 12.5, 11][level - 1];
    this.ensureRoom(size * 3);
    if (level === 1 && this.doc.y > MARGIN + 1) this.doc.addPage();
    this.doc.moveDown(level === 1 ? 0 : 0.6);
    this.doc.font("bold").fontSize(size).fillColor(INK).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.3);
    this.doc.font("regular");
  }

  paragraph(text: string, { size = 10, color = INK }: { size?: number; color?: string } = {}) {
    this.doc.font("regular").fontSize(size).fillColor(color).text(text, MARGIN, this.doc.y, { width: this.width });
    this.doc.moveDown(0.4);
  }

  muted(text: string) {
    this.paragraph(text, { size: 9, color: MUTED });
  }

  bullet(text: string) {
    this.doc.font("regular").fontSize(9.5).fillColor(INK);
    const indent = 12;
    this.ensureRoom(this.doc.heightOfString(text, { width: this.width - indent }));
    const y = this.doc.y;
    this.doc.text("•", MARGIN, y, { width: indent });
    this.doc.text(text, MARGIN + indent, y, { width: this.width - indent });
    this.doc.moveDown(0.25);
  }

  link(text: string, url: string) {
    this.doc.font("regular").fontSize(9).fillColor(LINK);
    this.doc.text(text, MARGIN, this.doc.y, { width: this.width, link: url, underline: false });
    this.doc.fillColor(INK).moveDown(0.15);
  }

  /** A table whose column widths are shares of the text width; rows never split across pages. */
  table(columns: Column[], rows: string[][]) {
    if (rows.length === 0) return;
    const total = columns.reduce((sum, column) => sum + column.width, 0);
    const widths = columns.map((column) => (column.width / total) * this.width);
    const pad = 3;
    const rowHeight = (cells: string[], font: "regular" | "bold") => {
      this.doc.font(font).fontSize(8.5);
      return Math.max(...cells.map((cell, i) => this.doc.heightOfString(cell || " ", { width: widths[i] - pad * 2 })));
    };
    // Laying out Korean text is the costly part (OpenType shaping per word): measure each row once.
    const drawRow = (cells: string[], font: "regular" | "bold", height: number) => {
      const top = this.doc.y;
      let x = MARGIN;
      this.doc.font(font).fontSize(8.5).fillColor(INK);
      cells.forEach((cell, i) => {
        this.doc.text(cell, x + pad, top + pad, { width: widths[i] - pad * 2 });
        x += widths[i];
      });
      this.doc
        .moveTo(MARGIN, top + height)
        .lineTo(MARGIN + this.width, top + height)
        .lineWidth(font === "bold" ? 0.8 : 0.4)
        .strokeColor(RULE)
        .stroke();
      this.doc.x = MARGIN;
      this.doc.y = top + height;
    };
    const header = columns.map((column) => column.label);
    const headerHeight = rowHeight(header, "bold") + pad * 2;
    const heights = rows.map((row) => rowHeight(row, "regular") + pad * 2);
    this.ensureRoom(headerHeight + heights[0]);
    drawRow(header, "bold", headerHeight);
    rows.forEach((row, index) => {
      if (this.doc.y + heights[index] > this.doc.page.height - MARGIN) {
        this.doc.addPage();
        drawRow(header, "bold", headerHeight);
      }
      drawRow(row, "regular", heights[index]);
    });
    this.doc.moveDown(0.6);
  }

  /** Writes "n / N" at the foot of every page, then ends the document and gives its bytes. */
  async finish(pageLabel: (page: number, pages: number) => string): Promise<Buffer> {
    const { start, count } = this.doc.bufferedPageRange();
    for (let index = start; index < start + count; index++) {
      this.doc.switchToPage(index);
      const bottom = this.doc.page.margins.bottom;
      // Writing inside the bottom margin would start a new page: lift the margin while writing.
      this.doc.page.margins.bottom = 0;
      this.doc
        .font("regular")
        .fontSize(8)
        .fillColor(MUTED)
        .text(pageLabel(index + 1, count), MARGIN, this.doc.page.height - MARGIN / 2 - 4, {
          width: this.width,
          align: "center",
          lineBreak: false,
        });
      this.doc.page.margins.bottom = bottom;
    }
    const chunks: Buffer[] = [];
    this.doc.on("data", (chunk: Buffer) => chunks.push(chunk));
    const ended = new Promise<void>((resolve) => this.doc.on("end", () => resolve()));
    this.doc.end();
    await ended;
    return Buffer.concat(chunks);
  }
}
