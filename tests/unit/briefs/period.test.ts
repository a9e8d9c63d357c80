import { describe, expect, it } from "vitest";
import { briefPeriodSchema, monthOf, weekOf } from "@/lib/validations/briefs";

describe("the brief's period", () => {
  const schema = briefPeriodSchema("2026-12-02"); // a Wednesday

  it("is this week, Monday to Sunday, without dates", () => {
    expect(schema.parse({})).toEqual({ from: "2026-11-30", to: "2026-12-06" });
    expect(schema.parse({ from: "", to: "" })).toEqual({ from: "2026-11-30", to: "2026-12-06" });
    expect(weekOf("2026-12-06")).toEqual({ from: "2026-11-30", to: "2026-12-06" });
  });

  it("knows months, leap years included", () => {
    expect(monthOf("2028-02-10")).toEqual({ from: "2028-02-01", to: "2028-02-29" });
    expect(monthOf("2026-12-31")).toEqual({ from: "2026-12-01", to: "2026-12-31" });
  });

  it("takes seven days from a start or up to an end given alone", () => {
    expect(schema.parse({ from: "2025-07-21" })).toEqual({ from: "2025-07-21", to: "2025-07-27" });
    expect(schema.parse({ to: "2025-07-27" })).toEqual({ from: "2025-07-21", to: "2025-07-27" });
  });

  it("refuses unreal dates, an end before the start and more than 366 days", () => {
    const message = (input: object) => schema.safeParse(input).error?.issues[0]?.message;
    expect(message({ from: "2025-02-30", to: "2025-03-01" })).toMatch(/real date/);
    expect(message({ from: "2025-07-27", to: "2025-07-21" })).toMatch(/must not be after/);
    expect(message({ from: "2024-01-01", to: "2025-01-01" })).toMatch(/at most 366 days/);
    expect(schema.parse({ from: "2024-01-01", to: "2024-12-31" })).toEqual({ from: "2024-01-01", to: "2024-12-31" });
  });
});
