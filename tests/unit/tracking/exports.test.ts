import { beforeAll, describe, expect, it } from "vitest";
import { GET as eventsCsv } from "@/app/exports/events.csv/route";
import { GET as eventsJson } from "@/app/exports/events.json/route";
import { GET as measuresCsv } from "@/app/exports/measures.csv/route";
import { GET as measuresJson } from "@/app/exports/measures.json/route";
import { createEvent } from "@/lib/data/events";
import { parseCsv } from "@/tests/support/csv";
import { insertMeasureLevelStatus } from "@/tests/support/measure-level-status";
import { createAnalyst, validChange } from "./helpers";

const get = (path: string) => new Request(`http://localhost${path}`);
const BOM = [0xef, 0xbb, 0xbf];

beforeAll(async () => {
  const analyst = await createAnalyst();
  await insertMeasureLevelStatus(analyst.id, { ...validChange, measureId: "I-2", status: "in-progress" });
  await createEvent(analyst.id, {
    type: "report",
    occurredOn: "2026-10-15", // after every seeded event, so it is the measure's latest
    titleEn: '=HYPERLINK("http://evil.example")',
    titleKo: '보고서, "따옴표"와 쉼표',
    sourceUrl: "https://example.gov/report",
    measureIds: ["I-2"],
  });
});

describe("measures export", () => {
  it("is UTF-8 CSV with a BOM, 30 rows, Korean intact, status and last event", async () => {
    const response = await measuresCsv(get("/exports/measures.csv"));
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="ai-action-plan-measures-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual(BOM);
    const rows = parseCsv(new TextDecoder().decode(bytes));
    expect(rows).toHaveLength(30);
    expect(Object.keys(rows[0])).toEqual(
      expect.arrayContaining(["id", "pillar", "title_ko", "sectors", "status", "verified", "last_event_date"]),
    );
    const i2 = rows.find((row) => row.id === "I-2")!;
    // The measure's status derives from its actions (the editors' assessments: I-2.2 implemented,
    // I-2.3 partly), not from the measure-level change recorded above.
    expect(i2).toMatchObject({
      pillar: "I",
      status: "partially-implemented",
      verified: "false",
      last_event_date: "2026-10-15",
    });
    expect(i2.last_event_title_ko).toBe('보고서, "따옴표"와 쉼표');
    expect(rows.find((row) => row.id === "II-1")?.title_ko).toMatch(/[가-힣]/);
    expect(rows.find((row) => row.id === "I-6")).toMatchObject({
      status: "not-started",
      verified: "false",
      last_event_date: "2025-07-23",
    });
  });

  it("keeps a formula-looking title as text in CSV, and as it is in JSON", async () => {
    const csv = await (await measuresCsv(get("/exports/measures.csv"))).text();
    expect(csv).toContain("'=HYPERLINK(");
    const json = await (await measuresJson(get("/exports/measures.json"))).json();
    expect(json).toHaveLength(30);
    expect(json.find((row: { id: string }) => row.id === "I-2").last_event_title_en).toBe(
      '=HYPERLINK("http://evil.example")',
    );
  });
});

describe("events export", () => {
  it("has every event in CSV and JSON, with the same columns", async () => {
    const csvRows = parseCsv(await (await eventsCsv(get("/exports/events.csv"))).text());
    const jsonRows = await (await eventsJson(get("/exports/events.json"))).json();
    // The 50 seeded events and the analyst's.
    expect(csvRows).toHaveLength(51);
    expect(jsonRows).toHaveLength(51);
    expect(Object.keys(csvRows[0])).toEqual(Object.keys(jsonRows[0]));
    const plan = jsonRows.find((row: { source_document: string }) =>
      row.source_document.startsWith("Winning the Race"),
    );
    expect(plan.measures.split("; ")).toHaveLength(30);
    expect(jsonRows.find((row: { source_document: string }) => row.source_document === "EO 14319").title_ko).toContain(
      "워크(Woke) AI",
    );
  });

  it("applies the timeline's filters and refuses bad ones", async () => {
    const rows = await (await eventsJson(get("/exports/events.json?type=report"))).json();
    expect(rows.every((row: { type: string }) => row.type === "report")).toBe(true);
    expect(rows.map((row: { title_en: string }) => row.title_en)).toContain('=HYPERLINK("http://evil.example")');
    const later = await (await eventsJson(get("/exports/events.json?type=report&from=2026-10-01"))).json();
    expect(later.map((row: { type: string }) => row.type)).toEqual(["report"]);
    expect((await eventsCsv(get("/exports/events.csv?from=yesterday"))).status).toBe(422);
  });
});
