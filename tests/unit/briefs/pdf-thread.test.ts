/**
 * The PDF export lays the brief out in a worker thread: the bytes are those briefToPdf makes on
 * the thread itself, and the server's thread stays free while a long brief is laid out.
 */
import { describe, expect, it } from "vitest";
import { composeBrief } from "@/lib/briefs/compose";
import { briefToPdf } from "@/lib/briefs/pdf";
import { renderBriefPdf } from "@/lib/briefs/pdf-thread";

describe("the PDF worker", () => {
  it("makes the same bytes as laying the brief out on the thread", async () => {
    const brief = await composeBrief({ period: { from: "2025-07-21", to: "2025-07-27" }, locale: "ko", viewer: null });
    const [inWorker, onThread] = await Promise.all([renderBriefPdf(brief), briefToPdf(brief)]);
    expect(inWorker.equals(onThread)).toBe(true);
  });

  it("keeps the server's thread free while it lays out a year's brief", async () => {
    const brief = await composeBrief({ period: { from: "2025-07-01", to: "2026-06-30" }, locale: "en", viewer: null });
    let ticks = 0;
    const ticking = setInterval(() => {
      ticks += 1;
    }, 1);
    const pdf = await renderBriefPdf(brief);
    clearInterval(ticking);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    // On the thread the timer could not fire until the layout ended; here it kept firing meanwhile.
    expect(ticks).toBeGreaterThan(3);
  });
});
