import { describe, expect, it } from "vitest";
import {
  countVisibleNotes,
  createNote,
  deleteNote,
  getNote,
  listNoteRevisions,
  listNotesFor,
  restoreNote,
  updateNote,
} from "@/lib/data/notes";
import { db } from "@/lib/db";
import { noteListLimitSchema } from "@/lib/validations/notes";
import { createViewer } from "../../support/accounts";

describe("note revisions, soft delete and restore", () => {
  it("keeps every version as a numbered revision, first one 1", async () => {
    const author = await createViewer("rev-author");
    const note = await createNote(author, { measureId: "I-1" }, { body: "first", visibility: "shared" });
    await updateNote(author, note.id, { body: "second" });
    await updateNote(author, note.id, { visibility: "private" });
    const { revisions } = await listNoteRevisions(author, note.id);
    expect(revisions.map((r) => [r.number, r.body, r.visibility])).toEqual([
      [1, "first", "shared"],
      [2, "second", "shared"],
      [3, "second", "private"],
    ]);
    expect((await getNote(author, note.id)).body).toBe("second");
  });

  it("keeps revisions written while the note was private from other analysts once it is shared", async () => {
    const author = await createViewer("draft-author");
    const other = await createViewer("draft-other");
    const admin = await createViewer("draft-admin", "admin");
    const note = await createNote(author, { measureId: "I-2" }, { body: "draft secret-plan", visibility: "private" });
    await updateNote(author, note.id, { body: "draft secret-plan v2" });
    await updateNote(author, note.id, { body: "the public version", visibility: "shared" });
    const seenByOther = await listNoteRevisions(other, note.id);
    expect(seenByOther.revisions.map((r) => r.body)).toEqual(["the public version"]);
    expect(seenByOther.hidden).toBe(2);
    expect(JSON.stringify(seenByOther)).not.toContain("secret-plan");
    // The card's "History (n)" and the JSON count what the reader may open, nothing more.
    expect((await getNote(other, note.id))._count.revisions).toBe(1);
    const listed = await listNotesFor(other, { measureId: "I-2" });
    expect(listed.notes.find((n) => n.id === note.id)?._count.revisions).toBe(1);
    expect((await getNote(author, note.id))._count.revisions).toBe(3);
    expect((await getNote(admin, note.id))._count.revisions).toBe(3);
    for (const reader of [author, admin]) {
      const seen = await listNoteRevisions(reader, note.id);
      expect(seen.revisions.map((r) => r.number)).toEqual([1, 2, 3]);
      expect(seen.hidden).toBe(0);
    }
  });

  it("records an admin's edit under the admin's name", async () => {
    const author = await createViewer("mod-author");
    const admin = await createViewer("mod-admin", "admin");
    const note = await createNote(author, { measureId: "I-1" }, { body: "x", visibility: "shared" });
    await updateNote(admin, note.id, { body: "moderated" });
    const { revisions } = await listNoteRevisions(author, note.id);
    expect(revisions[1].editor.name).toBe("mod-admin");
  });

  it("hides a deleted note from the list and brings it back on restore, revisions intact", async () => {
    const author = await createViewer("del-author");
    const other = await createViewer("del-other");
    const note = await createNote(author, { measureId: "II-1" }, { body: "keep me", visibility: "shared" });
    await updateNote(author, note.id, { body: "keep me, edited" });
    await deleteNote(author, note.id);
    expect((await listNotesFor(other, { measureId: "II-1" })).notes.map((n) => n.id)).not.toContain(note.id);
    expect((await listNotesFor(author, { measureId: "II-1" })).deleted.map((n) => n.id)).toContain(note.id);
    await expect(restoreNote(other, note.id)).rejects.toMatchObject({ status: 403 });
    await restoreNote(author, note.id);
    expect((await listNotesFor(other, { measureId: "II-1" })).notes.map((n) => n.id)).toContain(note.id);
    expect(await db.noteRevision.count({ where: { noteId: note.id } })).toBe(2);
  });

  it("refuses to restore a note deleted more than 30 days ago", async () => {
    const author = await createViewer("old-author");
    const note = await createNote(author, { measureId: "II-1" }, { body: "old", visibility: "shared" });
    await db.note.update({
      where: { id: note.id },
      data: { deletedAt: new Date(Date.now() - 31 * 24 * 60 * 60 * 1000) },
    });
    await expect(restoreNote(author, note.id)).rejects.toMatchObject({ status: 403 });
    expect((await db.note.findUniqueOrThrow({ where: { id: note.id } })).deletedAt).not.toBeNull();
  });

  it("lists newest first and keeps private notes to their author and admins", async () => {
    const author = await createViewer("list-author");
    const other = await createViewer("list-other");
    const admin = await createViewer("list-admin", "admin");
    const older = await createNote(author, { sectorId: "power" }, { body: "older", visibility: "shared" });
    const secret = await createNote(author, { sectorId: "power" }, { body: "secret", visibility: "private" });
    expect((await listNotesFor(author, { sectorId: "power" })).notes.map((n) => n.id)).toEqual([secret.id, older.id]);
    expect((await listNotesFor(other, { sectorId: "power" })).notes.map((n) => n.id)).toEqual([older.id]);
    expect((await listNotesFor(admin, { sectorId: "power" })).notes.map((n) => n.id)).toEqual([secret.id, older.id]);
    await expect(getNote(other, secret.id)).rejects.toMatchObject({ status: 403 });
  });

  it("counts per pillar and sector only the notes the viewer can read", async () => {
    const author = await createViewer("count-author");
    const other = await createViewer("count-other");
    const before = await countVisibleNotes(other);
    await createNote(author, { measureId: "III-1" }, { body: "shared", visibility: "shared" });
    await createNote(author, { measureId: "III-1" }, { body: "private", visibility: "private" });
    const deleted = await createNote(author, { sectorId: "robotics" }, { body: "gone", visibility: "shared" });
    await deleteNote(author, deleted.id);
    const after = await countVisibleNotes(other);
    expect((after.byPillar.get("III") ?? 0) - (before.byPillar.get("III") ?? 0)).toBe(1);
    expect(after.bySector.get("robotics") ?? 0).toBe(before.bySector.get("robotics") ?? 0);
    expect((await countVisibleNotes(author)).byPillar.get("III") ?? 0).toBe((before.byPillar.get("III") ?? 0) + 2);
  });
});

describe("long lists of notes", () => {
  it("lists the newest notes a page at a time and says how many there are", async () => {
    const author = await createViewer("many-notes");
    for (let i = 0; i < 25; i++)
      await createNote(author, { sectorId: "drones" }, { body: `Drone note ${i}`, visibility: "shared" });
    const first = await listNotesFor(author, { sectorId: "drones" });
    expect(first.total).toBe(25);
    expect(first.notes).toHaveLength(20);
    expect(first.notes[0].body).toBe("Drone note 24");
    const more = await listNotesFor(author, { sectorId: "drones" }, 40);
    expect(more.notes).toHaveLength(25);
  });

  it("reads an odd ?notes= as the first page", () => {
    expect(noteListLimitSchema.parse("40")).toBe(40);
    for (const odd of [undefined, "", "abc", "-5", "1e9", ["20", "40"], "20.5"])
      expect(noteListLimitSchema.parse(odd)).toBe(20);
  });
});
