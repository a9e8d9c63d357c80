import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { countVisibleNotes, createNote, deleteNote } from "@/lib/data/notes";
import { db } from "@/lib/db";
import { can } from "@/lib/notes/permissions";
import { createViewer } from "../../support/accounts";

/** The counts the rule gives when every note is loaded and `can(viewer, "read")` is asked of each. */
async function countByTheRule(viewer: Viewer | null) {
  const notes = await db.note.findMany({
    select: {
      authorId: true,
      visibility: true,
      deletedAt: true,
      sectorId: true,
      measure: { select: { pillarId: true, sectors: { select: { sectorId: true } } } },
    },
  });
  const bySector: Record<string, number> = {};
  const byPillar: Record<string, number> = {};
  for (const note of notes) {
    if (note.deletedAt || !can(viewer, "read", note)) continue;
    if (note.sectorId) bySector[note.sectorId] = (bySector[note.sectorId] ?? 0) + 1;
    if (note.measure) {
      byPillar[note.measure.pillarId] = (byPillar[note.measure.pillarId] ?? 0) + 1;
      for (const { sectorId } of note.measure.sectors) bySector[sectorId] = (bySector[sectorId] ?? 0) + 1;
    }
  }
  return { bySector, byPillar };
}

let author: Viewer;
let other: Viewer;
let admin: Viewer;

beforeAll(async () => {
  author = await createViewer("count-author");
  other = await createViewer("count-other");
  admin = await createViewer("count-admin", "admin");
  // Shared, private and deleted notes on measures of every pillar (some with sectors) and on sectors.
  for (const [index, target] of [
    { measureId: "I-1" },
    { measureId: "II-1" },
    { measureId: "II-3" },
    { measureId: "III-2" },
    { sectorId: "power" },
    { sectorId: "robotics" },
  ].entries()) {
    for (const [writer, visibility] of [
      [author, "shared"],
      [author, "private"],
      [other, "private"],
      [admin, "private"],
    ] as const) {
      const note = await createNote(writer, target, { body: `Note ${index} ${visibility}`, visibility });
      if (index % 2 === 0 && visibility === "private") await deleteNote(writer, note.id);
    }
  }
});

describe("note counts in SQL", () => {
  it("equal what the visibility rule gives, for anonymous, author, another analyst and admin", async () => {
    for (const [label, viewer] of [
      ["anonymous", null],
      ["author", author],
      ["other analyst", other],
      ["admin", admin],
    ] as const) {
      const counts = await countVisibleNotes(viewer);
      const expected = await countByTheRule(viewer);
      expect(Object.fromEntries(counts.byPillar), label).toEqual(expected.byPillar);
      expect(Object.fromEntries(counts.bySector), label).toEqual(expected.bySector);
    }
  });

  it("count private notes for their author and admins only, and never deleted ones", async () => {
    const [mine, theirs, all] = await Promise.all([
      countVisibleNotes(author),
      countVisibleNotes(other),
      countVisibleNotes(admin),
    ]);
    // Pillar II: II-1 has a shared note and three live private ones; II-3 a shared one (its private ones are deleted).
    expect(mine.byPillar.get("II")).toBe(3);
    expect(theirs.byPillar.get("II")).toBe(3);
    expect(all.byPillar.get("II")).toBe(5);
    expect((await countVisibleNotes(null)).byPillar.size).toBe(0);
  });
});
