import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { daysBetween, deadlineState, todayIso } from "@/lib/deadlines/state";

describe("deadlineState on fixed days", () => {
  const due = { dueOn: "2026-03-11", meetingEventDates: [] };

  it("is upcoming up to and including the due date, with the days left", () => {
    expect(deadlineState(due, "2026-03-01")).toEqual({ state: "upcoming", dueOn: "2026-03-11", daysLeft: 10 });
    expect(deadlineState(due, "2026-03-11")).toEqual({ state: "upcoming", dueOn: "2026-03-11", daysLeft: 0 });
  });

  it("turns overdue the day after, counting the days", () => {
    expect(deadlineState(due, "2026-03-12")).toEqual({ state: "overdue", dueOn: "2026-03-11", daysOverdue: 1 });
    expect(deadlineState(due, "2026-12-02")).toEqual({ state: "overdue", dueOn: "2026-03-11", daysOverdue: 266 });
  });

  it("is met on time by an event on or before the due date", () => {
    const met = { dueOn: "2025-10-21", meetingEventDates: ["2025-10-21"] };
    expect(deadlineState(met, "2026-12-02")).toEqual({
      state: "met",
      dueOn: "2025-10-21",
      metOn: "2025-10-21",
      daysLate: 0,
    });
  });

  it("is met late when the meeting event came after the due date, on the latest of several", () => {
    // EO 14179's 60-day clock for OMB's two memos: both dated 2025-04-03.
    const late = { dueOn: "2025-03-24", meetingEventDates: ["2025-04-03", "2025-04-03"] };
    expect(deadlineState(late, "2026-12-02")).toEqual({
      state: "met",
      dueOn: "2025-03-24",
      metOn: "2025-04-03",
      daysLate: 10,
    });
  });

  it("does not count an event that, on the day read, has not happened yet", () => {
    const met = { dueOn: "2025-11-20", meetingEventDates: ["2025-12-11"] };
    expect(deadlineState(met, "2025-11-25").state).toBe("overdue");
    expect(deadlineState(met, "2025-12-11")).toMatchObject({ state: "met", daysLate: 21 });
  });

  it("counts days across month and year ends, in UTC", () => {
    expect(daysBetween("2025-12-31", "2026-01-01")).toBe(1);
    expect(daysBetween("2025-01-23", "2025-07-22")).toBe(180);
    expect(todayIso(new Date("2026-12-02T23:59:59Z"))).toBe("2026-12-02");
  });
});

describe("the seeded deadlines, read on 2026-12-02", () => {
  const { deadlines, events } = loadContent();
  const dateOf = new Map(events.map((event) => [event.seedKey, event.occurredOn]));
  const stateOf = (id: string) => {
    const deadline = deadlines.find((d) => d.id === id);
    if (!deadline) throw new Error(`no ${id}`);
    return deadlineState(
      { dueOn: deadline.dueOn, meetingEventDates: deadline.metBy.map((key) => dateOf.get(key) ?? "") },
      "2026-12-02",
    );
  };

  it("holds D1–D17, each due on its clock start plus its period where the period is in days", () => {
    expect(deadlines.map((d) => d.id)).toEqual(Array.from({ length: 17 }, (_, i) => `D${i + 1}`));
    for (const d of deadlines) {
      const days = /^(\d+) days$/.exec(d.periodEn);
      if (days) expect(daysBetween(d.clockStart, d.dueOn), d.id).toBe(Number(days[1]));
    }
  });

  it("matches the reference's record: met, met late, or overdue", () => {
    expect(stateOf("D1")).toMatchObject({ state: "met", metOn: "2025-07-23", daysLate: 1 });
    expect(stateOf("D2")).toMatchObject({ state: "met", daysLate: 10 });
    expect(stateOf("D3")).toMatchObject({ state: "met", daysLate: 21 });
    expect(stateOf("D4")).toMatchObject({ state: "met", daysLate: 0 });
    expect(stateOf("D6")).toMatchObject({ state: "met", daysLate: 20 });
    expect(stateOf("D11")).toMatchObject({ state: "met", daysLate: 0 });
    // A proposal where a statement was due does not meet it.
    expect(stateOf("D14")).toMatchObject({ state: "overdue" });
    expect(stateOf("D10")).toMatchObject({ state: "overdue", daysOverdue: 103 });
  });
});
