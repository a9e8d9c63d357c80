/**
 * The brief as a PDF: its text, extracted by a PDF reader (pdf-parse), holds the Korean section
 * headings, a seeded event's title and "n / N" page numbers; the same period is the same bytes;
 * GET /exports/brief.pdf answers a PDF.
 */
import { createHash } from "node:crypto";
import { PDFParse } from "pdf-parse";
import { describe, expect, it } from "vitest";
import { GET as briefPdf } from "@/app/exports/brief.pdf/route";
import { composeBrief } from "@/lib/briefs/compose";
import { briefToPdf } from "@/lib/briefs/pdf";

const PLAN_WEEK = { from: "2025-07-21", to: "2025-07-27" };

async function textOf(pdf: Uint8Array) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return await parser.getText();
  } finally {
    await parser.destroy();
  }
}

describe("the brief as a PDF", () => {
  it("holds the Korean headings, a seeded event's title and page numbers, in an embedded Korean font", async () => {
    const pdf = await briefToPdf(await composeBrief({ period: PLAN_WEEK, locale: "ko", viewer: null }));
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const { text, total } = await textOf(pdf);
    for (const heading of ["AI 행동 계획 브리프", "요약", "축·조치별 변화", "섹터별 변화", "기한", "출처"])
      expect(text).toContain(heading);
    expect(text).toContain("2025년 7월 21일 – 2025년 7월 27일");
    expect(text.replace(/\s+/g, " ")).toContain("데이터센터 인프라에 대한 연방 인허가 가속화");
    expect(total).toBeGreaterThan(2);
    expect(text).toContain(`1 / ${total}`);
    expect(text).toContain(`${total} / ${total}`);
    // The font travels with the file (a subset), so any reader shows the Korean.
    expect(pdf.toString("latin1")).toMatch(/\/FontFile2/);
  });

  it("is the same bytes for the same period", async () => {
    const digest = async () =>
      createHash("sha256")
        .update(await briefToPdf(await composeBrief({ period: PLAN_WEEK, locale: "en", viewer: null })))
        .digest("hex");
    expect(await digest()).toBe(await digest());
  });

  it("is served at /exports/brief.pdf, and a bad period is a 422", async () => {
    const response = await briefPdf(new Request("http://localhost/exports/brief.pdf?from=2025-07-21&to=2025-07-27"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const { text } = await textOf(new Uint8Array(await response.arrayBuffer()));
    expect(text).toContain("By pillar and measure");
    const refused = await briefPdf(new Request("http://localhost/exports/brief.pdf?from=2025-07-27&to=2025-07-01"));
    expect(refused.status).toBe(422);
  });
});
