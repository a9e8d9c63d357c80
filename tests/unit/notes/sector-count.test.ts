import { describe, expect, it } from "vitest";
import { countVisibleNotes, createNote, listNotesFor } from "@/lib/data/notes";
import { db } from "@/lib/db";
import { createViewer } from "../../support/accounts";

describe("a sector page's note count", () => {
  it("agrees with the notes it lists, and counts its measures' notes apart", async () => {
    const analyst = await createViewer("sector-count");
    const link = await db.measureSector.findFirstOrThrow({ select: { measureId: true, sectorId: true } });
    // Only a note on one of the sector's measures: the sector's own list is empty.
    await createNote(analyst, { measureId: link.measureId }, { body: "On the measure", visibility: "shared" });
    let counts = await countVisibleNotes(analyst);
    let listed = await listNotesFor(analyst, { sectorId: link.sectorId });
    expect(listed.total).toBe(0);
    expect(counts.onSector.get(link.sectorId) ?? 0).toBe(listed.total);
    expect(counts.bySector.get(link.sectorId)).toBe(1);

    await createNote(analyst, { sectorId: link.sectorId }, { body: "On the sector", visibility: "private" });
    counts = await countVisibleNotes(analyst);
    listed = await listNotesFor(analyst, { sectorId: link.sectorId });
    expect(counts.onSector.get(link.sectorId)).toBe(listed.total);
    expect(listed.total).toBe(1);
    expect(counts.bySector.get(link.sectorId)).toBe(2);
  });
});
