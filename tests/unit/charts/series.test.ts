import { describe, expect, it } from "vitest";
import { layoutColumns, layoutRows, niceTicks, STACK_ORDER } from "@/lib/charts/layout";
import {
  type ActionStatusRow,
  buildMonthlyStatusSeries,
  countStatusesByGroup,
  monthOf,
  monthsBetween,
  toMonthBars,
} from "@/lib/charts/series";
import { formatMonth } from "@/lib/i18n/dates";
import type { ImplementationStatus } from "@/lib/validations/vocabulary";

let sequence = 0;
const change = (actionId: string, status: ImplementationStatus, at: string, id?: string): ActionStatusRow => {
  sequence += 1;
  return { id: id ?? `c${String(sequence).padStart(4, "0")}`, actionId, status, createdAt: new Date(at) };
};

/** "month: not-started/in-progress/partially-implemented/implemented" for every month of a series. */
function readSeries(...args: Parameters<typeof buildMonthlyStatusSeries>) {
  return buildMonthlyStatusSeries(...args).map(
    ({ month, counts, total }) =>
      `${month}: ${counts["not-started"]}/${counts["in-progress"]}/${counts["partially-implemented"]}/${counts.implemented} of ${total}`,
  );
}

describe("buildMonthlyStatusSeries", () => {
  const cases: {
    name: string;
    actionIds: string[];
    changes: ActionStatusRow[];
    now: string;
    from?: string;
    timeZone: string;
    expected: string[];
  }[] = [
    {
      name: "counts an action from the month of its change, in the reader's zone (Seoul: the last evening of January UTC is February)",
      actionIds: ["A", "B"],
      changes: [change("A", "in-progress", "2026-01-31T15:30:00Z")],
      now: "2026-03-10T00:00:00Z",
      timeZone: "Asia/Seoul",
      expected: ["2026-02: 1/1/0/0 of 2", "2026-03: 1/1/0/0 of 2"],
    },
    {
      name: "puts the same instant in January for a reader in UTC",
      actionIds: ["A", "B"],
      changes: [change("A", "in-progress", "2026-01-31T15:30:00Z")],
      now: "2026-03-10T00:00:00Z",
      timeZone: "UTC",
      expected: ["2026-01: 1/1/0/0 of 2", "2026-02: 1/1/0/0 of 2", "2026-03: 1/1/0/0 of 2"],
    },
    {
      name: "lets a later change supersede an earlier one from its month on, and the last of a month decide that month",
      actionIds: ["A"],
      changes: [
        change("A", "implemented", "2025-12-20T00:00:00Z"),
        change("A", "in-progress", "2025-11-02T00:00:00Z"),
        change("A", "partially-implemented", "2025-12-05T00:00:00Z"),
      ],
      now: "2026-01-15T00:00:00Z",
      timeZone: "UTC",
      expected: ["2025-11: 0/1/0/0 of 1", "2025-12: 0/0/0/1 of 1", "2026-01: 0/0/0/1 of 1"],
    },
    {
      name: "breaks a tie at the same instant by the later id, as the current status does",
      actionIds: ["A"],
      changes: [
        change("A", "implemented", "2026-02-01T00:00:00Z", "b"),
        change("A", "in-progress", "2026-02-01T00:00:00Z", "a"),
      ],
      now: "2026-02-02T00:00:00Z",
      timeZone: "UTC",
      expected: ["2026-02: 0/0/0/1 of 1"],
    },
    {
      name: "counts actions never changed as not started in every month, across a new year",
      actionIds: ["A", "B", "C"],
      changes: [change("B", "in-progress", "2025-11-30T23:59:59Z")],
      now: "2026-01-01T00:00:00Z",
      timeZone: "UTC",
      expected: ["2025-11: 2/1/0/0 of 3", "2025-12: 2/1/0/0 of 3", "2026-01: 2/1/0/0 of 3"],
    },
    {
      name: "ignores changes of actions outside the scope, and starts at their first change in it",
      actionIds: ["A"],
      changes: [change("Z", "implemented", "2025-08-01T00:00:00Z"), change("A", "in-progress", "2025-10-01T00:00:00Z")],
      now: "2025-11-01T00:00:00Z",
      timeZone: "UTC",
      expected: ["2025-10: 0/1/0/0 of 1", "2025-11: 0/1/0/0 of 1"],
    },
    {
      name: "starts at `from` when given (a brief's period), carrying the changes made before it",
      actionIds: ["A", "B"],
      changes: [change("A", "in-progress", "2025-08-10T00:00:00Z"), change("B", "implemented", "2026-02-10T00:00:00Z")],
      now: "2026-02-20T00:00:00Z",
      from: "2026-01-01T00:00:00Z",
      timeZone: "UTC",
      expected: ["2026-01: 1/1/0/0 of 2", "2026-02: 0/1/0/1 of 2"],
    },
    {
      name: "gives the current month alone when nothing has changed",
      actionIds: ["A", "B"],
      changes: [],
      now: "2026-12-02T00:00:00Z",
      timeZone: "Asia/Seoul",
      expected: ["2026-12: 2/0/0/0 of 2"],
    },
  ];

  for (const { name, expected, ...input } of cases) {
    it(name, () => {
      const { from, ...rest } = input;
      expect(readSeries({ ...rest, now: new Date(input.now), ...(from ? { from: new Date(from) } : {}) })).toEqual(
        expected,
      );
    });
  }
});

describe("months", () => {
  it("names the month an instant falls in, and every month between two", () => {
    expect(monthOf(new Date("2025-12-31T16:00:00Z"), "Asia/Seoul")).toBe("2026-01");
    expect(monthOf(new Date("2025-12-31T16:00:00Z"), "America/New_York")).toBe("2025-12");
    expect(monthsBetween("2025-11", "2026-02")).toEqual(["2025-11", "2025-12", "2026-01", "2026-02"]);
    expect(monthsBetween("2026-02", "2026-02")).toEqual(["2026-02"]);
  });

  it("writes months like the rest of the app, in both languages", () => {
    expect(formatMonth("2026-12", "ko")).toBe("2026년 12월");
    expect(formatMonth("2026-12", "en")).toBe("Dec 2026");
    expect(formatMonth("2026-07", "ko", { short: true })).toBe("7월");
    expect(formatMonth("2026-13", "en")).toBe("2026-13");
    expect(
      toMonthBars(
        [
          {
            month: "2025-07",
            counts: { "not-started": 1, "in-progress": 0, "partially-implemented": 0, implemented: 0 },
            total: 1,
          },
        ],
        "en",
      ),
    ).toMatchObject([{ key: "2025-07", label: "Jul 2025", axisLabel: "Jul", total: 1 }]);
  });
});

describe("countStatusesByGroup", () => {
  it("counts each group's actions once by their status, keeps the order, and leaves out groups with none", () => {
    const status: Record<string, ImplementationStatus> = { a: "implemented", b: "in-progress" };
    const bars = countStatusesByGroup({
      groups: [
        { key: "g2", label: "Second" },
        { key: "empty", label: "Nothing" },
        { key: "g1", label: "First", href: "/agencies/g1" },
      ],
      members: [
        { groupKey: "g1", actionId: "a" },
        { groupKey: "g1", actionId: "a" },
        { groupKey: "g1", actionId: "c" },
        { groupKey: "g2", actionId: "b" },
      ],
      statusOf: (id) => status[id] ?? "not-started",
    });
    expect(bars.map((bar) => [bar.key, bar.total, bar.counts])).toEqual([
      ["g2", 1, { "not-started": 0, "in-progress": 1, "partially-implemented": 0, implemented: 0 }],
      ["g1", 2, { "not-started": 1, "in-progress": 0, "partially-implemented": 0, implemented: 1 }],
    ]);
    expect(bars[1].href).toBe("/agencies/g1");
  });
});

describe("stacked bar layout", () => {
  const bars = [
    {
      key: "x",
      label: "X",
      counts: { "not-started": 6, "in-progress": 2, "partially-implemented": 1, implemented: 1 },
      total: 10,
    },
    {
      key: "y",
      label: "Y",
      counts: { "not-started": 0, "in-progress": 0, "partially-implemented": 0, implemented: 4 },
      total: 4,
    },
  ];

  it("ends the axis on a round number at or above the tallest bar", () => {
    expect(niceTicks(103)).toEqual([0, 20, 40, 60, 80, 100, 120]);
    expect(niceTicks(4)).toEqual([0, 1, 2, 3, 4]);
    expect(niceTicks(0)).toEqual([0, 1]);
  });

  it("stacks columns from the baseline, implemented first, each segment as tall as its count", () => {
    const layout = layoutColumns(bars, { width: 200, height: 120, margin: { top: 10, right: 0, bottom: 10, left: 0 } });
    const baseline = layout.plot.y + layout.plot.height;
    const [x] = layout.bars;
    expect(x.segments.map((segment) => segment.status)).toEqual(STACK_ORDER);
    expect(x.segments[0].y + x.segments[0].height).toBeCloseTo(baseline);
    for (let i = 1; i < x.segments.length; i += 1) {
      expect(x.segments[i].y + x.segments[i].height).toBeCloseTo(x.segments[i - 1].y);
    }
    const unit = layout.plot.height / layout.ticks[layout.ticks.length - 1].value;
    expect(x.segments.map((segment) => segment.height / unit)).toEqual([1, 1, 2, 6].map((n) => expect.closeTo(n)));
    // A status with no action draws nothing.
    expect(layout.bars[1].segments.map((segment) => segment.status)).toEqual(["implemented"]);
  });

  it("lays rows one under another, as wide as their counts, one row per bar", () => {
    const layout = layoutRows(bars, { width: 300, rowHeight: 20, margin: { top: 0, right: 0, bottom: 0, left: 100 } });
    expect(layout.height).toBe(40);
    const unit = layout.plot.width / layout.ticks[layout.ticks.length - 1].value;
    const widths = layout.bars.map((bar) => bar.segments.reduce((sum, segment) => sum + segment.width, 0) / unit);
    expect(widths).toEqual([expect.closeTo(10), expect.closeTo(4)]);
    expect(layout.bars[1].segments[0].x).toBe(100);
    expect(layout.bars[1].segments[0].y).toBeGreaterThan(layout.bars[0].segments[0].y);
  });
});
