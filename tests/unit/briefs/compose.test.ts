/**
 * composeBrief against the seeded database: who sees what (signed out: no note, no company),
 * the two arrangements, deadlines, sources, and the same period giving the same brief.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { composeBrief } from "@/lib/briefs/compose";
import { recordActionStatusChange } from "@/lib/data/action-status";
import { createCompany } from "@/lib/data/companies";
import { createNote } from "@/lib/data/notes";
import { todayIso } from "@/lib/deadlines/state";
import { companyInputSchema } from "@/lib/validations/companies";
import { createViewer } from "../../support/accounts";

const PLAN_WEEK = { from: "2025-07-21", to: "2025-07-27" };
const today = todayIso();
const NOW = { from: today, to: today };

let author: Viewer;
let reader: Viewer;

beforeAll(async () => {
  author = await createViewer("brief-author");
  reader = await createViewer("brief-reader");
  await createNote(author, { measureId: "II-1" }, { body: "Shared **grid** note", visibility: "shared" });
  await createNote(author, { measureId: "II-1" }, { body: "Private draft", visibility: "private" });
  await createNote(author, { sectorId: "power" }, { body: "On the power sector", visibility: "shared" });
  await recordActionStatusChange(author.id, {
    actionId: "II-1.1",
    status: "in-progress",
    verified: true,
    reason: "Permits began",
    sourceUrls: ["https://example.gov/permits"],
  });
  const company = (fields: Record<string, unknown>) =>
    companyInputSchema.parse({ nameKo: "버티브", nameEn: "Vertiv", market: "NYSE", rationale: "Cooling.", ...fields });
  await createCompany(author, "infrastructure", company({ ticker: "VRT" }));
  await createCompany(author, "infrastructure", company({ ticker: "ETN", nameEn: "Eaton", visibility: "private" }));
});

describe("composeBrief", () => {
  it("gives a signed-out reader status changes and events, but no note, note count or company", async () => {
    const brief = await composeBrief({ period: NOW, locale: "en", viewer: null });
    expect(brief.signedIn).toBe(false);
    expect(brief.totals.notes).toBeNull();
    const measure = brief.pillars.flatMap((p) => p.measures).find((m) => m.id === "II-1");
    expect(measure?.statusChanges.map((c) => c.reason)).toContain("Permits began");
    expect(measure?.notes).toEqual([]);
    for (const sector of brief.sectors) {
      expect(sector.companies).toBeNull();
      expect(sector.notes).toEqual([]);
    }
    expect(JSON.stringify(brief)).not.toMatch(/grid|Private draft|power sector|Vertiv|Eaton/);
  });

  it("gives an analyst the shared notes and companies, never another analyst's private ones", async () => {
    const brief = await composeBrief({ period: NOW, locale: "en", viewer: reader });
    const measure = brief.pillars.flatMap((p) => p.measures).find((m) => m.id === "II-1");
    expect(measure?.notes.map((n) => n.body)).toEqual(["Shared **grid** note"]);
    expect(brief.totals.notes).toBe(2);
    const power = brief.sectors.find((s) => s.id === "power");
    expect(power?.notes.map((n) => n.body)).toEqual(["On the power sector"]);
    const infrastructure = brief.sectors.find((s) => s.id === "infrastructure");
    expect(infrastructure?.companies?.map((c) => c.ticker)).toEqual(["VRT"]);
    expect(JSON.stringify(brief)).not.toContain("Private draft");
  });

  it("lists a seeded week's events by measure and by sector, near-term sectors first", async () => {
    const brief = await composeBrief({ period: PLAN_WEEK, locale: "ko", viewer: null });
    // The plan itself concerns every measure: listed once, not under each of the 30.
    expect(brief.planWideEvents.map((e) => e.title)).toEqual(["AI 경쟁에서 승리하기: 미국의 AI 행동 계획"]);
    const measureEvents = brief.pillars.flatMap((p) => p.measures.flatMap((m) => m.events.map((e) => e.title)));
    expect(measureEvents).toContain("데이터센터 인프라에 대한 연방 인허가 가속화");
    expect(measureEvents).not.toContain("AI 경쟁에서 승리하기: 미국의 AI 행동 계획");
    const horizons = brief.sectors.map((s) => s.horizon);
    expect(horizons.indexOf("following")).toBeGreaterThan(horizons.lastIndexOf("near-term"));
    const infrastructure = brief.sectors.find((s) => s.id === "infrastructure");
    expect(infrastructure?.events.map((e) => e.title)).toContain("데이터센터 인프라에 대한 연방 인허가 가속화");
    // Every cited number names a listed source.
    const numbers = new Set(brief.sources.map((s) => s.number));
    for (const event of brief.planWideEvents) for (const n of event.sources) expect(numbers.has(n)).toBe(true);
    expect(brief.sources.length).toBeGreaterThan(0);
  });

  it("gives the same brief for the same period", async () => {
    const first = await composeBrief({ period: PLAN_WEEK, locale: "en", viewer: reader });
    const second = await composeBrief({ period: PLAN_WEEK, locale: "en", viewer: reader });
    expect(second).toEqual(first);
  });

  it("sorts deadlines into met, missed and coming as of the period's end", async () => {
    const year = await composeBrief({ period: { from: "2025-07-01", to: "2026-06-30" }, locale: "en", viewer: null });
    for (const deadline of year.deadlines.met) expect(deadline.metOn! >= "2025-07-01").toBe(true);
    for (const deadline of year.deadlines.missed) expect(deadline.dueOn <= "2026-06-30").toBe(true);
    for (const deadline of year.deadlines.coming) expect(deadline.dueOn > "2026-06-30").toBe(true);
    expect(year.totals.met + year.totals.missed).toBeGreaterThan(0);
  });
});
