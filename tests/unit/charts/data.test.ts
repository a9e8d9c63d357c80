import { beforeAll, describe, expect, it } from "vitest";
import { monthOf } from "@/lib/charts/series";
import { countActionStatuses, recordActionStatusChange } from "@/lib/data/action-status";
import { countActionStatusesByAgency, countActionStatusesBySector, listMonthlyActionStatuses } from "@/lib/data/charts";
import { db } from "@/lib/db";
import { createAnalyst } from "../tracking/helpers";

const timeZone = "Asia/Seoul";
let analystId: string;

beforeAll(async () => {
  analystId = (await createAnalyst("Chart Analyst")).id;
});

const last = <T>(list: T[]) => list[list.length - 1];

describe("listMonthlyActionStatuses, on the seeded history", () => {
  it("runs from the month of the first recorded change to this month, every action in every month", async () => {
    const now = new Date();
    const series = await listMonthlyActionStatuses({}, { timeZone, now });
    const first = await db.statusChange.findFirstOrThrow({
      where: { actionId: { not: null } },
      orderBy: { createdAt: "asc" },
      select: { createdAt: true },
    });
    expect(series[0].month).toBe(monthOf(first.createdAt, timeZone));
    expect(last(series).month).toBe(monthOf(now, timeZone));
    const actions = await db.action.count();
    expect(series.every((point) => point.total === actions)).toBe(true);
  });

  it("ends on the counts every other page shows now: the plan's, an agency's led actions', a sector's", async () => {
    const lead = await db.actionAgency.findFirstOrThrow({ where: { role: "lead" }, select: { agencyId: true } });
    const link = await db.measureSector.findFirstOrThrow({ select: { sectorId: true } });
    for (const [scope, counted] of [
      [{}, await countActionStatuses()],
      [{ agencyId: lead.agencyId }, await countActionStatuses({ agencyId: lead.agencyId, role: "lead" })],
      [{ sectorId: link.sectorId }, await countActionStatuses({ sectorId: link.sectorId })],
    ] as const) {
      const series = await listMonthlyActionStatuses(scope, { timeZone });
      expect(last(series)).toMatchObject({ total: counted.total, counts: counted.counts });
    }
  });

  it("shows a change recorded now in this month only, leaving the months before as they were", async () => {
    const untouched = await db.action.findFirstOrThrow({
      where: { statusChanges: { none: {} }, agencies: { some: { role: "lead" } } },
      select: { id: true, agencies: { where: { role: "lead" }, select: { agencyId: true } } },
    });
    const scope = { agencyId: untouched.agencies[0].agencyId };
    const before = await listMonthlyActionStatuses(scope, { timeZone });
    await recordActionStatusChange(analystId, {
      actionId: untouched.id,
      status: "implemented",
      verified: true,
      reason: "Done, as the notice says.",
      sourceUrls: ["https://example.gov/notice"],
    });
    const after = await listMonthlyActionStatuses(scope, { timeZone });
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(last(after).counts.implemented).toBe(last(before).counts.implemented + 1);
    expect(last(after).counts["not-started"]).toBe(last(before).counts["not-started"] - 1);
  });
});

describe("current counts by agency and by sector", () => {
  it("gives every agency that leads an action a bar equal to its page's counts, most actions first", async () => {
    const bars = await countActionStatusesByAgency("en");
    const leading = await db.actionAgency.groupBy({ by: ["agencyId"], where: { role: "lead" } });
    expect(bars).toHaveLength(leading.length);
    for (const bar of bars) {
      const counted = await countActionStatuses({ agencyId: bar.key, role: "lead" });
      expect(bar, bar.key).toMatchObject({
        total: counted.total,
        counts: counted.counts,
        href: `/agencies/${bar.key}`,
      });
    }
    expect(bars.map((bar) => bar.total)).toEqual([...bars.map((bar) => bar.total)].sort((a, b) => b - a));
    const doc = bars.find((bar) => bar.key === "doc");
    expect(doc).toMatchObject({ label: "DOC · Department of Commerce", axisLabel: "DOC" });
  });

  it("gives every sector with actions a bar equal to its page's counts, in the brief's order, named in the language", async () => {
    const [en, ko] = [await countActionStatusesBySector("en"), await countActionStatusesBySector("ko")];
    const sectors = await db.sector.findMany({ orderBy: { position: "asc" }, select: { id: true, nameKo: true } });
    expect(en.map((bar) => bar.key)).toEqual(
      sectors.map((sector) => sector.id).filter((id) => en.some((bar) => bar.key === id)),
    );
    for (const bar of en) {
      const counted = await countActionStatuses({ sectorId: bar.key });
      expect(bar, bar.key).toMatchObject({ total: counted.total, counts: counted.counts });
    }
    expect(ko.map((bar) => bar.label)).toEqual(
      en.map((bar) => sectors.find((sector) => sector.id === bar.key)?.nameKo),
    );
  });
});
