import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { createNote } from "@/lib/data/notes";
import { db } from "@/lib/db";
import { createViewer } from "../../support/accounts";

// The app has one SQLite connection per process: concurrent requests share it. These tests are
// what a request would notice if another request's transaction leaked into its work.
let viewer: Viewer;
let measureId: string;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  viewer = await createViewer("concurrent");
  measureId = (await db.measure.findFirstOrThrow({ select: { id: true } })).id;
});

/** Another request's transaction that reads, waits on something, then fails and rolls back. */
function failingTransaction(marker: string) {
  return db
    .$transaction(async (tx) => {
      await tx.note.create({ data: { measureId, body: marker, visibility: "private", authorId: viewer.id } });
      await pause(20);
      throw new Error("rolled back on purpose");
    })
    .catch(() => "rolled back");
}

describe("the app's database connection under concurrent requests", () => {
  it("uses WAL and waits up to 5 s for a lock held by another process", async () => {
    expect(await db.$queryRaw`PRAGMA journal_mode`).toEqual([{ journal_mode: "wal" }]);
    expect(await db.$queryRaw`PRAGMA busy_timeout`).toEqual([{ timeout: 5000n }]);
  });

  it("keeps a write acknowledged while another request's transaction rolls back", async () => {
    const rollback = failingTransaction("never committed");
    await pause(5); // the transaction is open now
    const kept = await db.note.create({
      data: { measureId, body: "acknowledged meanwhile", visibility: "private", authorId: viewer.id },
      select: { id: true },
    });
    expect(await rollback).toBe("rolled back");
    expect(await db.note.findUnique({ where: { id: kept.id }, select: { body: true } })).toEqual({
      body: "acknowledged meanwhile",
    });
    expect(await db.note.count({ where: { body: "never committed" } })).toBe(0);
  });

  it("never shows another request's uncommitted rows", async () => {
    const rollback = failingTransaction("uncommitted marker");
    await pause(5);
    expect(await db.note.count({ where: { body: "uncommitted marker" } })).toBe(0);
    await rollback;
  });

  it("keeps every note of many concurrent writers while transactions fail around them", async () => {
    const writes = Array.from({ length: 20 }, (_, writer) =>
      (async () => {
        const ids: string[] = [];
        for (let i = 0; i < 10; i++)
          ids.push(
            (await createNote(viewer, { measureId }, { body: `writer ${writer} #${i}`, visibility: "private" })).id,
          );
        return ids;
      })(),
    );
    const failures = Array.from({ length: 10 }, (_, i) =>
      pause(i * 7).then(() => failingTransaction("rolled back burst")),
    );
    const ids = (await Promise.all(writes)).flat();
    await Promise.all(failures);
    expect(ids).toHaveLength(200);
    expect(await db.note.count({ where: { id: { in: ids } } })).toBe(200);
    expect(await db.noteRevision.count({ where: { noteId: { in: ids } } })).toBe(200);
    expect(await db.note.count({ where: { body: "rolled back burst" } })).toBe(0);
  });
});
