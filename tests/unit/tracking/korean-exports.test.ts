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
let eventId: string;

beforeAll(async () => {
  const analyst = await createAnalyst();
  // II-3: a measure the seeded history (events, editors' assessments) does not reach.
  await insertMeasureLevelStatus(analyst.id, { ...validChange, measureId: "II-3", status: "in-progress" });
  const event = await createEvent(analyst.id, {
    type: "rfi",
    occurredOn: "2026-11-03",
    titleKo: "전력망 정보 요청",
    sourceUrl: "https://example.gov/rfi",
    measureIds: ["II-3"],
  });
  eventId = event.id;
});

describe("a CSV downloaded from a Korean page (?lang=ko)", () => {
  it("has Korean headers and Korean statuses, pillars, sectors and event types", async () => {
    const rows = parseCsv(await (await measuresCsv(get("/exports/measures.csv?lang=ko"))).text());
    expect(rows).toHaveLength(30);
    expect(Object.keys(rows[0])).toEqual([
      "조치 번호",
      "축",
      "축 제목(영문)",
      "축 제목(국문)",
      "조치 제목(영문)",
      "조치 제목(국문)",
      "수혜 분야",
      "이행 현황",
      "검증 여부",
      "현황 변경 시각",
      "최근 동향 날짜",
      "최근 동향 유형",
      "최근 동향 제목(영문)",
      "최근 동향 제목(국문)",
      "주소",
    ]);
    const ii3 = rows.find((row) => row["조치 번호"] === "II-3")!;
    expect(ii3).toMatchObject({
      축: "제2축",
      "이행 현황": "진행 중",
      "검증 여부": "검증됨",
      "최근 동향 유형": "정보 요청(RFI)",
      "최근 동향 날짜": "2026-11-03",
    });
    expect(ii3["수혜 분야"]).toMatch(/^[가-힣 ·/]+(; [가-힣 ·/]+)*$/);
    // Machine values stay ISO 8601 with their offset.
    expect(ii3["현황 변경 시각"]).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(ii3.주소).toMatch(/^http:\/\/localhost\/ko\/measures\/[a-z0-9-]+$/);
  });

  it("lists events with Korean headers and each event's address", async () => {
    const rows = parseCsv(await (await eventsCsv(get("/exports/events.csv?lang=ko"))).text());
    const mine = rows.find((row) => row["동향 ID"] === eventId)!;
    expect(mine).toMatchObject({ 날짜: "2026-11-03", 유형: "정보 요청(RFI)", "관련 조치": "II-3" });
    expect(mine.주소).toBe(`http://localhost/ko/timeline?from=2026-11-03&to=2026-11-03#event-${eventId}`);
  });
});

describe("exports for tools (no lang, or lang=en)", () => {
  it("keep the English column names and values, plus an address of the English page", async () => {
    const rows = parseCsv(await (await measuresCsv(get("/exports/measures.csv"))).text());
    const ii3 = rows.find((row) => row.id === "II-3")!;
    expect(ii3).toMatchObject({ pillar: "II", status: "in-progress", verified: "true", last_event_type: "rfi" });
    expect(ii3.url).toMatch(/^http:\/\/localhost\/en\/measures\/[a-z0-9-]+$/);
    const events = await (await eventsJson(get("/exports/events.json?lang=ko"))).json();
    const mine = events.find((row: { id: string }) => row.id === eventId);
    expect(mine).toMatchObject({ type: "rfi", occurred_on: "2026-11-03" });
    expect(mine.url).toContain("/ko/timeline?from=2026-11-03");
    const measures = await (await measuresJson(get("/exports/measures.json?lang=ko"))).json();
    expect(Object.keys(measures[0])).toContain("status");
  });

  it("refuse an unknown language with a 4xx, not a 500", async () => {
    const response = await measuresCsv(get("/exports/measures.csv?lang=fr"));
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});
