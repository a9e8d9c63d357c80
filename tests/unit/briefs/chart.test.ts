/**
 * The brief's chart: recommended actions by status, a bar per month (UTC) of the period, the last
 * at the period's end, never counting what was recorded later; the Markdown gives its numbers as
 * a table and the PDF draws it with a legend and the same numbers, still the same bytes.
 */
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { composeBrief } from "@/lib/briefs/compose";
import { briefToMarkdown } from "@/lib/briefs/markdown";
import { briefToPdf } from "@/lib/briefs/pdf";
import { countActionStatuses } from "@/lib/data/action-status";
import { db } from "@/lib/db";
import { todayIso } from "@/lib/deadlines/state";
import { emptyCounts } from "@/lib/tracking/measure-status-rule";
import type { ImplementationStatus } from "@/lib/validations/vocabulary";
import { createAnalyst } from "../tracking/helpers";

const PLAN_WEEK = { from: "2025-07-21", to: "2025-07-27" };

/** Every action's status at an instant, counted straight from the rows: its latest change by then. */
async function countAt(instant: string) {
  const [actions, changes] = await Promise.all([
    db.action.findMany({ select: { id: true } }),
    db.statusChange.findMany({
      where: { actionId: { not: null }, createdAt: { lte: new Date(instant) } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { actionId: true, status: true },
    }),
  ]);
  const latest = new Map(changes.map((change) => [change.actionId, change.status as ImplementationStatus]));
  const counts = emptyCounts();
  for (const { id } of actions) counts[latest.get(id) ?? "not-started"] += 1;
  return { total: actions.length, counts };
}

async function textOf(pdf: Uint8Array) {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, " ");
  } finally {
    await parser.destroy();
  }
}

beforeAll(async () => {
  const author = await createAnalyst("Chart brief analyst");
  const record = (actionId: string, status: ImplementationStatus, createdAt: string) =>
    db.action.findUniqueOrThrow({ where: { id: actionId }, select: { measureId: true } }).then(({ measureId }) =>
      db.statusChange.create({
        data: {
          measureId,
          actionId,
          status,
          verified: true,
          reason: "Recorded for the chart test",
          sourceUrls: JSON.stringify(["https://example.gov/notice"]),
          authorId: author.id,
          createdAt: new Date(createdAt),
        },
      }),
    );
  // Two actions nobody has reported on: in the plan week; after it in the same month; the month after.
  const [first, second] = await db.action.findMany({
    where: { statusChanges: { none: {} } },
    orderBy: { id: "asc" },
    take: 2,
    select: { id: true },
  });
  await record(first.id, "implemented", "2025-07-23T10:00:00Z");
  await record(second.id, "in-progress", "2025-07-30T10:00:00Z");
  await record(first.id, "partially-implemented", "2025-08-05T10:00:00Z");
});

describe("the brief's chart", () => {
  it("has the plan week's month alone, counted at the week's end: the July 30 and August changes do not count", async () => {
    const brief = await composeBrief({ period: PLAN_WEEK, locale: "en", viewer: null });
    const expected = await countAt("2025-07-27T23:59:59.999Z");
    expect(brief.chart).toEqual([{ month: "2025-07", ...expected }]);
    expect(brief.chart[0].total).toBe(await db.action.count());
    expect(expected.counts.implemented).toBeGreaterThan(0);
    expect(expected).not.toEqual(await countAt("2025-07-31T23:59:59.999Z"));
  });

  it("has a bar per month of a longer period: each month's end, the last at the period's end", async () => {
    const brief = await composeBrief({ period: { from: "2025-07-21", to: "2025-08-10" }, locale: "en", viewer: null });
    expect(brief.chart).toEqual([
      { month: "2025-07", ...(await countAt("2025-07-31T23:59:59.999Z")) },
      { month: "2025-08", ...(await countAt("2025-08-10T23:59:59.999Z")) },
    ]);
  });

  it("ends, for a period running today, on the counts every other page shows now", async () => {
    const today = todayIso();
    const brief = await composeBrief({ period: { from: today, to: today }, locale: "en", viewer: null });
    const now = await countActionStatuses();
    expect(brief.chart.at(-1)).toMatchObject({ month: today.slice(0, 7), total: now.total, counts: now.counts });
  });

  it("is in the Markdown as a table under the summary: a column per month, a row per status, the totals", async () => {
    const brief = await composeBrief({ period: { from: "2025-07-21", to: "2025-08-10" }, locale: "ko", viewer: null });
    const markdown = briefToMarkdown(brief);
    const [july, august] = brief.chart;
    const summary = markdown.slice(markdown.indexOf("## 요약"), markdown.indexOf("## 축·조치별 변화"));
    expect(summary).toContain("**기간 중 이행 현황별 권고 과제(월별)**");
    expect(summary).toContain("| 월 | 2025년 7월 | 2025년 8월 |");
    expect(summary).toContain(`| 착수 전 | ${july.counts["not-started"]} | ${august.counts["not-started"]} |`);
    expect(summary).toContain(`| 진행 중 | ${july.counts["in-progress"]} | ${august.counts["in-progress"]} |`);
    expect(summary).toContain(
      `| 일부 이행 | ${july.counts["partially-implemented"]} | ${august.counts["partially-implemented"]} |`,
    );
    expect(summary).toContain(`| 이행 완료 | ${july.counts.implemented} | ${august.counts.implemented} |`);
    expect(summary).toContain(`| 합계 | ${july.total} | ${august.total} |`);
  });

  it("is drawn in the Korean PDF with its legend and a row of numbers per month, the same bytes each time", async () => {
    const period = { from: "2025-07-21", to: "2025-08-10" };
    const brief = await composeBrief({ period, locale: "ko", viewer: null });
    const pdf = await briefToPdf(brief);
    const text = await textOf(pdf);
    expect(text).toContain("기간 중 이행 현황별 권고 과제(월별)");
    for (const name of ["착수 전", "진행 중", "일부 이행", "이행 완료", "합계"]) expect(text).toContain(name);
    for (const point of brief.chart) {
      const { counts, total } = point;
      const row = [counts["not-started"], counts["in-progress"], counts["partially-implemented"], counts.implemented];
      expect(text).toContain(`${point.month === "2025-07" ? "2025년 7월" : "2025년 8월"} ${row.join(" ")} ${total}`);
    }
    const again = await briefToPdf(await composeBrief({ period, locale: "ko", viewer: null }));
    expect(Buffer.compare(again, pdf)).toBe(0);
  });
});
