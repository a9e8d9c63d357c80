import { beforeAll, describe, expect, it } from "vitest";
import { GET as getEvents } from "@/app/api/events/route";
import { GET as getMeasure } from "@/app/api/measures/[slug]/route";
import { GET as getMeasures } from "@/app/api/measures/route";
import { GET as getPillars } from "@/app/api/pillars/route";
import { GET as getSectors } from "@/app/api/sectors/route";
import { insertMeasureLevelStatus } from "@/tests/support/measure-level-status";
import { createAnalyst, validChange } from "./helpers";

const get = (path: string, headers: HeadersInit = {}) => new Request(`http://localhost${path}`, { headers });
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

beforeAll(async () => {
  const analyst = await createAnalyst("Lee");
  await insertMeasureLevelStatus(analyst.id, { ...validChange, measureId: "II-1", status: "implemented" });
});

describe("public API", () => {
  it("lists the three pillars with their status counts", async () => {
    const response = await getPillars(get("/api/pillars"));
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data.map((p: { id: string; measureCount: number }) => [p.id, p.measureCount])).toEqual([
      ["I", 15],
      ["II", 8],
      ["III", 7],
    ]);
    // Measure statuses derive from their actions, which the editors' assessments set (II-1.2 partly
    // done; II-2, II-5, II-6, II-8 in progress); the measure-level change recorded above is history only.
    expect(data[1].statusCounts).toEqual({
      "not-started": 3,
      "in-progress": 4,
      "partially-implemented": 1,
      implemented: 0,
    });
  });

  it("lists the sectors with their measures", async () => {
    const { data } = await (await getSectors(get("/api/sectors"))).json();
    expect(data).toHaveLength(7);
    expect(data[0]).toMatchObject({ id: "infrastructure", nameKo: expect.any(String), horizon: "near-term" });
    expect(data[0].measures).toContain("II-1");
  });

  it("lists measures with status and filters by pillar, sector and status", async () => {
    const all = (await (await getMeasures(get("/api/measures"))).json()).data;
    expect(all).toHaveLength(30);
    expect(all[0]).toMatchObject({
      id: "I-1",
      pillar: "I",
      status: { status: "in-progress", verified: true },
    });
    expect(all[0].lastEvent).toMatchObject({ occurredOn: "2026-07-01" });
    const pillar = (await (await getMeasures(get("/api/measures?pillar=III"))).json()).data;
    expect(pillar.map((m: { id: string }) => m.id)).toEqual([
      "III-1",
      "III-2",
      "III-3",
      "III-4",
      "III-5",
      "III-6",
      "III-7",
    ]);
    const sector = (await (await getMeasures(get("/api/measures?sector=power"))).json()).data;
    expect(sector.length).toBeGreaterThan(0);
    expect(sector.every((m: { sectors: string[] }) => m.sectors.includes("power"))).toBe(true);
    const partly = (await (await getMeasures(get("/api/measures?status=partially-implemented&pillar=II"))).json()).data;
    expect(partly.map((m: { id: string }) => m.id)).toEqual(["II-1"]);
  });

  it("answers bad filters with 422 and a message, never a 500", async () => {
    for (const query of ["status=done", "pillar=IV", "sector=robotix", "pilar=I", "sector=%27%20OR%201%3D1"]) {
      const response = await getMeasures(get(`/api/measures?${query}`));
      expect(response.status, query).toBe(422);
      expect((await response.json()).error, query).toEqual(expect.any(String));
    }
    expect((await getEvents(get("/api/events?from=2025-13-01"))).status).toBe(422);
  });

  it("serves one measure by slug or id with its history and events, and 404s an unknown one", async () => {
    const { data } = await (await getMeasure(get("/api/measures/II-1"), params("II-1"))).json();
    expect(data).toMatchObject({
      id: "II-1",
      pillar: "II",
      status: { status: "partially-implemented", verified: false },
    });
    expect(data.statusHistory[0]).toMatchObject({
      status: "implemented",
      author: "Lee",
      sourceUrls: validChange.sourceUrls,
    });
    expect(data.statusHistory[0]).not.toHaveProperty("authorId");
    expect(data.events.map((e: { type: string }) => e.type)).toContain("executive-order");
    const bySlug = await getMeasure(get(`/api/measures/${data.slug}`), params(data.slug));
    expect((await bySlug.json()).data.id).toBe("II-1");
    const missing = await getMeasure(get("/api/measures/nope"), params("nope"));
    expect(missing.status).toBe(404);
  });

  it("filters events by type and measure", async () => {
    const { data } = await (await getEvents(get("/api/events?type=executive-order"))).json();
    expect(data.map((e: { measures: string[] }) => e.measures)).toEqual(
      expect.arrayContaining([["II-1"], ["I-2"], ["III-1"]]),
    );
    expect(data.find((e: { identifiers: string[] }) => e.identifiers.includes("EO 14319"))).toMatchObject({
      confidence: "official",
      actions: ["I-2.2"],
      sourceUrl: "https://www.govinfo.gov/content/pkg/FR-2025-07-28/html/2025-14217.htm",
      sourceDocument: { identifier: "EO 14319" },
    });
  });

  it("sends an ETag and Cache-Control, and 304 when the client has the same version", async () => {
    const first = await getMeasures(get("/api/measures?pillar=I"));
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get("cache-control")).toContain("max-age=");
    const again = await getMeasures(get("/api/measures?pillar=I", { "If-None-Match": etag! }));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    const other = await getMeasures(get("/api/measures?pillar=II", { "If-None-Match": etag! }));
    expect(other.status).toBe(200);
  });
});
