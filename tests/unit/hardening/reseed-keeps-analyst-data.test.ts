import { describe, expect, it } from "vitest";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createEvent, updateEvent } from "@/lib/data/events";
import { follow } from "@/lib/data/follows";
import { createNote, deleteNote, updateNote } from "@/lib/data/notes";
import { recordWhatsNewVisit } from "@/lib/data/visits";
import { db } from "@/lib/db";
import { databaseFile } from "@/lib/db/database-url";
import { applyMigrations } from "@/prisma/migrations-runner";
import { insertMeasureLevelStatus } from "@/tests/support/measure-level-status";
import { createViewer, sessionCookie } from "../../support/accounts";

/** Every analyst-made row, in a stable order: what a re-seed or a migration run must not touch. */
async function analystRows() {
  const byId = { orderBy: { id: "asc" as const } };
  return {
    // The editorial account and its assessments are the seed's own, not analysts'.
    users: await db.user.findMany({ where: { id: { not: "editorial" } }, ...byId }),
    accounts: await db.account.findMany(byId),
    sessions: await db.session.findMany(byId),
    tokens: await db.apiToken.findMany(byId),
    notes: await db.note.findMany(byId),
    revisions: await db.noteRevision.findMany(byId),
    statusChanges: await db.statusChange.findMany({ where: { seedKey: null }, ...byId }),
    events: await db.event.findMany({
      where: { seedKey: null },
      include: { measures: { orderBy: { measureId: "asc" } } },
      ...byId,
    }),
    eventRevisions: await db.eventRevision.findMany(byId),
    follows: await db.follow.findMany({ orderBy: [{ userId: "asc" }, { measureId: "asc" }, { sectorId: "asc" }] }),
    visits: await db.whatsNewVisit.findMany({ orderBy: { userId: "asc" } }),
  };
}

async function fillWithAnalystData() {
  for (const label of ["kim", "lee", "park"]) {
    const viewer = await createViewer(label);
    await sessionCookie(viewer);
    await issueApiToken(db, viewer.id, "laptop");
    for (const measureId of ["I-1", "II-1", "III-7"]) {
      const note = await createNote(viewer, { measureId }, { body: `${label} on ${measureId}`, visibility: "shared" });
      await updateNote(viewer, note.id, { body: `${label} on ${measureId}, revised` });
    }
    const onSector = await createNote(
      viewer,
      { sectorId: "infrastructure" },
      { body: `${label}: grid`, visibility: "private" },
    );
    await deleteNote(viewer, onSector.id);
    await insertMeasureLevelStatus(viewer.id, {
      measureId: "II-1",
      status: "in-progress",
      verified: true,
      reason: `${label} saw work begin`,
      sourceUrls: ["https://example.gov/a"],
    });
    const event = await createEvent(viewer.id, {
      type: "rfi",
      occurredOn: "2025-09-26",
      titleEn: `${label}'s RFI`,
      titleKo: "",
      summaryEn: "",
      summaryKo: "",
      sourceUrl: "https://example.gov/rfi",
      measureIds: ["I-1"],
    });
    await updateEvent(viewer.id, event.id, {
      type: "rfi",
      occurredOn: "2025-09-27",
      titleEn: `${label}'s RFI, corrected`,
      titleKo: "",
      summaryEn: "",
      summaryKo: "",
      sourceUrl: "https://example.gov/rfi",
      measureIds: ["I-1", "II-1"],
    });
    await follow(viewer.id, { kind: "measure", id: "II-1" });
    await follow(viewer.id, { kind: "sector", id: "infrastructure" });
    await recordWhatsNewVisit(viewer.id);
  }
}

describe("re-seeding and migrating a database full of analyst data", () => {
  it("keeps every account, session, token, note, revision, status change, event, follow and visit", async () => {
    await fillWithAnalystData();
    const before = await analystRows();
    expect(before.notes).toHaveLength(12);
    expect(before.revisions).toHaveLength(21);
    expect(before.statusChanges).toHaveLength(3);
    expect(before.events).toHaveLength(3);
    expect(before.eventRevisions).toHaveLength(3);
    expect(before.follows).toHaveLength(6);
    expect(before.sessions).toHaveLength(3);

    // The same content again, then an edited copy: new titles, a link removed, a seeded event reworded.
    await syncContent(db, loadContent());
    const content = structuredClone(loadContent());
    const measure = content.measures.find((m) => m.id === "II-1")!;
    measure.titleEn = `${measure.titleEn} (edited)`;
    measure.sectors = measure.sectors.slice(0, 1);
    content.events[0].summaryEn = "Edited in content/.";
    await syncContent(db, content);
    expect(applyMigrations(databaseFile())).toEqual([]);

    expect(await analystRows()).toEqual(before);
    // …while the editorial edits did land.
    expect((await db.measure.findUniqueOrThrow({ where: { id: "II-1" } })).titleEn).toMatch(/\(edited\)$/);
    expect((await db.event.findUniqueOrThrow({ where: { seedKey: content.events[0].seedKey } })).summaryEn).toBe(
      "Edited in content/.",
    );
  });
});
