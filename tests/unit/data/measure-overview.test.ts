import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { createEvent } from "@/lib/data/events";
import { listMeasureOverviews } from "@/lib/data/measure-overview";
import { createNote, deleteNote } from "@/lib/data/notes";
import { getPlanOverview } from "@/lib/data/plan";
import { db } from "@/lib/db";
import { insertMeasureLevelStatus } from "@/tests/support/measure-level-status";
import { createViewer } from "../../support/accounts";

let author: Viewer;
let reader: Viewer;
let admin: Viewer;

beforeAll(async () => {
  author = await createViewer("overview-author");
  reader = await createViewer("overview-reader");
  admin = await createViewer("overview-admin", "admin");
  await createNote(author, { measureId: "I-1" }, { body: "shared one", visibility: "shared" });
  await createNote(author, { measureId: "I-1" }, { body: "private one", visibility: "private" });
  const gone = await createNote(author, { measureId: "I-1" }, { body: "deleted", visibility: "shared" });
  await deleteNote(author, gone.id);
  // A note on a sector counts for no measure.
  await createNote(author, { sectorId: "power" }, { body: "on a sector", visibility: "shared" });
  await insertMeasureLevelStatus(author.id, {
    measureId: "II-3",
    status: "in-progress",
    verified: false,
    reason: "Work began",
    sourceUrls: ["https://example.gov/status"],
  });
  // Dated after the seeded history (content/events.json), so these two are the measure's latest.
  for (const [occurredOn, title] of [
    ["2026-09-01", "Older RFI"],
    ["2026-10-15", "Newer rule"],
  ]) {
    await createEvent(author.id, {
      type: "rfi",
      occurredOn,
      titleEn: title,
      titleKo: "",
      summaryEn: "",
      summaryKo: "",
      sourceUrl: "https://example.gov/rfi",
      measureIds: ["II-3"],
    });
  }
});

describe("listMeasureOverviews", () => {
  it("gives everyone the status, and only signed-in readers note counts and the latest event", async () => {
    const anonymous = await listMeasureOverviews(null);
    expect(anonymous.signedIn).toBe(false);
    expect(anonymous.of("II-3")).toMatchObject({
      status: { status: "in-progress", verified: false },
      noteCount: null,
      latestEvent: null,
    });
    // The seed carries the editors' assessments, so a measure without any is looked up, not named.
    const untouched = await db.measure.findFirstOrThrow({
      where: { statusChanges: { none: {} }, notes: { none: {} } },
      select: { id: true },
    });
    expect(anonymous.of(untouched.id).status.status).toBe("not-started");

    const signedIn = await listMeasureOverviews(reader);
    expect(signedIn.of("II-3").latestEvent).toMatchObject({ occurredOn: "2026-10-15", titleEn: "Newer rule" });
    expect(signedIn.of(untouched.id).noteCount).toBe(0);
  });

  it("counts the live notes each viewer may read: shared for all, private for its author and admins", async () => {
    expect((await listMeasureOverviews(reader)).of("I-1").noteCount).toBe(1);
    expect((await listMeasureOverviews(author)).of("I-1").noteCount).toBe(2);
    expect((await listMeasureOverviews(admin)).of("I-1").noteCount).toBe(2);
  });
});

describe("the pillar × sector matrix totals", () => {
  it("counts a pillar's measures benefiting any sector once each, and each sector's measures", async () => {
    const overview = await getPlanOverview();
    const links = await db.measureSector.findMany({
      select: { sectorId: true, measureId: true, measure: { select: { pillarId: true } } },
    });
    for (const pillar of overview.pillars) {
      const distinct = new Set(links.filter((l) => l.measure.pillarId === pillar.id).map((l) => l.measureId));
      expect(overview.pillarTotal(pillar.id), pillar.id).toBe(distinct.size);
    }
    for (const sector of overview.sectors) {
      const total = overview.pillars.reduce((sum, pillar) => sum + overview.countFor(pillar.id, sector.id), 0);
      expect(overview.sectorTotal(sector.id), sector.id).toBe(total);
    }
  });
});
