import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createPrismaClient } from "@/lib/db/client";
import { rebuildSearchIndex } from "@/lib/search/reindex";
import { searchSources } from "@/lib/search/sources";
import { externalTables } from "@/prisma/external-tables";
import { applyMigrations, MIGRATIONS_DIR } from "@/prisma/migrations-runner";
import { makeTempDir } from "@/tests/support/test-database";

type Entry = { doc_id: number; title: string; body: string; title_grams: string | null; body_grams: string | null };

/** The index as stored, and as the source tables say it should be. */
async function indexAndExpected() {
  const stored = await db.$queryRaw<Entry[]>`
    SELECT rowid AS doc_id, title, body, title_grams, body_grams FROM search_index
    UNION ALL SELECT rowid AS doc_id, title, body, title_grams, body_grams FROM search_note_index ORDER BY doc_id`;
  const expected = await db.$queryRaw<Entry[]>`
    SELECT doc_id, title, body, title_grams, body_grams FROM search_entry ORDER BY doc_id`;
  const documents = await db.$queryRaw<{ type: string; source_id: string }[]>`
    SELECT type, source_id FROM search_document ORDER BY type, source_id`;
  const sources = await db.$queryRaw<{ type: string; source_id: string }[]>`
    SELECT type, source_id FROM search_source ORDER BY type, source_id`;
  return { stored, expected, documents, sources };
}

/** The search triggers a migrated database lacks: "INSERT on Note", … (empty when all are there). */
function missingSearchTriggers(file: string): string[] {
  const sqlite = new Database(file, { readonly: true });
  const triggers = sqlite
    .prepare("SELECT tbl_name AS tableName, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search_%'")
    .all() as { tableName: string; sql: string }[];
  sqlite.close();
  const watched = new Set(Object.values(searchSources).flatMap((source) => source.watchedTables));
  const missing = [...watched]
    .filter((table) => !triggers.some((trigger) => trigger.tableName === table))
    .map((table) => `any on ${table}`);
  for (const table of ["Measure", "Note", "Event", "MeasureSector"]) {
    for (const event of ["INSERT", "UPDATE", "DELETE"]) {
      if (!triggers.some((t) => t.tableName === table && t.sql.includes(`AFTER ${event}`)))
        missing.push(`${event} on ${table}`);
    }
  }
  return missing;
}

describe("search index integrity", () => {
  it("has, after all the committed migrations, every trigger that keeps the index in step", () => {
    const file = path.join(makeTempDir(), "fresh.db");
    applyMigrations(file);
    expect(missingSearchTriggers(file)).toEqual([]);
    const sqlite = new Database(file, { readonly: true });
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master")
      .all()
      .map((row) => (row as { name: string }).name);
    sqlite.close();
    expect(tables).toEqual(expect.arrayContaining(externalTables));
  });

  it("notices when a later migration rebuilds a table the Prisma way and drops its triggers", () => {
    const dir = makeTempDir("migrations-");
    fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, "99999999999999_redefine_event"));
    // What Prisma writes for SQLite under "-- RedefineTables": copy, drop, rename.
    fs.writeFileSync(
      path.join(dir, "99999999999999_redefine_event", "migration.sql"),
      `PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Event" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "type" TEXT NOT NULL,
    "occurredOn" TEXT NOT NULL,
    "titleEn" TEXT,
    "titleKo" TEXT,
    "summaryEn" TEXT,
    "summaryKo" TEXT,
    "sourceUrl" TEXT,
    "sourceDocumentId" TEXT,
    "seedKey" TEXT,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "titleIsDescription" BOOLEAN NOT NULL DEFAULT false,
    "issuingBody" TEXT,
    "identifiers" TEXT NOT NULL DEFAULT '[]',
    "confidence" TEXT,
    "sourceUrls" TEXT NOT NULL DEFAULT '[]',
    "planRole" TEXT,
    CONSTRAINT "Event_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "user" ("id") ON DELETE RESTRICT ON UPDATE CASCADE,
    CONSTRAINT "Event_sourceDocumentId_fkey" FOREIGN KEY ("sourceDocumentId") REFERENCES "SourceDocument" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
INSERT INTO "new_Event" SELECT * FROM "Event";
DROP TABLE "Event";
ALTER TABLE "new_Event" RENAME TO "Event";
CREATE UNIQUE INDEX "Event_seedKey_key" ON "Event"("seedKey");
CREATE INDEX "Event_occurredOn_idx" ON "Event"("occurredOn");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;`,
    );
    const file = path.join(makeTempDir(), "redefined.db");
    applyMigrations(file, dir);
    expect(missingSearchTriggers(file)).toEqual([
      "any on Event",
      "INSERT on Event",
      "UPDATE on Event",
      "DELETE on Event",
    ]);
    // The views survive the rename and read the new table.
    const sqlite = new Database(file);
    expect(sqlite.prepare("SELECT count(*) AS n FROM search_source_event").get()).toEqual({ n: 0 });
    sqlite.close();
  });

  it("matches the source tables after the seed and after writes", async () => {
    const user = await db.user.create({ data: { id: "u1", name: "u1", email: "u1@example.test" } });
    const note = await db.note.create({
      data: { body: "전력망 투자 grid note", authorId: user.id, measureId: "II-2" },
    });
    await db.note.update({ where: { id: note.id }, data: { body: "송전망 투자" } });
    await db.event.create({
      data: { type: "rfi", occurredOn: "2025-08-01", titleKo: "정보요청", sourceUrl: "https://example.test" },
    });
    await db.measure.update({ where: { id: "II-2" }, data: { summaryKo: "전력망 구축 요약" } });
    const { stored, expected, documents, sources } = await indexAndExpected();
    expect(documents).toEqual(sources);
    expect(stored).toEqual(expected);
    // 30 measures, the actions, the events seeded from content/events.json, the note and the event above.
    const seeded = (await db.action.count()) + (await db.event.count({ where: { seedKey: { not: null } } }));
    expect(documents.length).toBe(30 + seeded + 2);
    const [check] = await db.$queryRaw<
      { ok: bigint }[]
    >`SELECT 1 AS ok FROM search_note_index WHERE search_note_index MATCH '"송전"'`;
    expect(Number(check.ok)).toBe(1);
  });

  it("is rebuilt from scratch by the reindex, with the same content", async () => {
    await db.$executeRaw`DELETE FROM search_index`;
    await db.$executeRaw`DELETE FROM search_note_index`;
    expect((await indexAndExpected()).stored).toEqual([]);
    const client = createPrismaClient(process.env.DATABASE_URL);
    try {
      expect(await rebuildSearchIndex(client)).toBeGreaterThanOrEqual(30);
    } finally {
      await client.$disconnect();
    }
    const { stored, expected } = await indexAndExpected();
    expect(stored.length).toBeGreaterThanOrEqual(30);
    expect(stored).toEqual(expected);
  });
});
