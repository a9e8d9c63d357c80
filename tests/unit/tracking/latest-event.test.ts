import { describe, expect, it } from "vitest";
import { listEvents } from "@/lib/data/events";
import { listMeasuresWithStatus } from "@/lib/data/measure-status";
import { db } from "@/lib/db";

describe("the timeline at 12,000 events", () => {
  it("lists every event newest first with its measures, and each measure's latest one", async () => {
    const rows = Array.from({ length: 12_000 }, (_, n) => ({
      id: `scale-event-${n}`,
      type: "report",
      occurredOn: `2025-${String(8 + (n % 4)).padStart(2, "0")}-${String(1 + (n % 28)).padStart(2, "0")}`,
      titleEn: `Scale event ${n}`,
      sourceUrl: "https://example.gov/report",
    }));
    await db.event.createMany({ data: rows });
    await db.eventMeasure.createMany({
      data: rows.map((row, n) => ({ eventId: row.id, measureId: n % 2 ? "I-1" : "II-3" })),
    });
    await db.event.create({
      data: {
        id: "scale-newest",
        type: "funding",
        occurredOn: "2026-11-15", // after every seeded event
        titleEn: "Newest",
        sourceUrl: "https://example.gov/n",
        measures: { create: [{ measureId: "II-3" }] },
      },
    });

    const measures = await listMeasuresWithStatus();
    const byId = new Map(measures.map((measure) => [measure.id, measure]));
    expect(byId.get("II-3")?.lastEvent).toMatchObject({ id: "scale-newest", occurredOn: "2026-11-15" });
    // The FTC's proposed statement (2026-07-01), the latest seeded event on I-1, is later than the corpus.
    expect(byId.get("I-1")?.lastEvent).toMatchObject({ occurredOn: "2026-07-01" });
    // Measures with only the seeded plan-release event keep it.
    expect(byId.get("III-7")?.lastEvent).toMatchObject({ occurredOn: "2025-07-23" });

    const events = await listEvents();
    expect(events.length).toBeGreaterThanOrEqual(12_001);
    expect(events[0]).toMatchObject({ id: "scale-newest", measures: [{ id: "II-3" }] });
    const dates = events.map((event) => event.occurredOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(
      events.filter((event) => event.id.startsWith("scale-event-")).every((event) => event.measures.length === 1),
    ).toBe(true);
  });
});
