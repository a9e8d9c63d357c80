import { describe, expect, it } from "vitest";
import { classifyDeadline } from "@/lib/briefs/deadlines";
import { deadlineState } from "@/lib/deadlines/state";

const period = { from: "2025-10-01", to: "2025-10-31" };
const asOf = "2025-10-31";
const horizon = "2026-01-29";
const place = (dueOn: string, met: string[] = []) =>
  classifyDeadline(deadlineState({ dueOn, meetingEventDates: met }, asOf), period, asOf, horizon);

describe("a deadline's place in a brief", () => {
  it("is met when its last meeting event falls in the period, late or not", () => {
    expect(place("2025-10-20", ["2025-10-10"])).toBe("met");
    expect(place("2025-09-01", ["2025-10-10"])).toBe("met");
    expect(place("2025-09-01", ["2025-08-10"])).toBeNull();
  });

  it("is missed when it fell due in the period unmet, and old news when it fell due before", () => {
    expect(place("2025-10-15")).toBe("missed");
    expect(place("2025-09-15")).toBeNull();
  });

  it("is coming when due after the period's end within the horizon", () => {
    expect(place("2025-11-15")).toBe("coming");
    expect(place("2025-10-31")).toBe("coming");
    expect(place("2026-03-01")).toBeNull();
  });
});
