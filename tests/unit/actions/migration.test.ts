import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { applyMigrations, MIGRATIONS_DIR } from "@/prisma/migrations-runner";
import { makeTempDir } from "@/tests/support/test-database";

const ACTIONS_MIGRATION = fs.readdirSync(MIGRATIONS_DIR).find((name) => name.endsWith("_recommended_actions"));

/** The migrations up to (not including) the one that brings recommended actions. */
function migrationsBeforeActions(): string {
  const dir = makeTempDir("migrations-");
  for (const name of fs.readdirSync(MIGRATIONS_DIR)) {
    if (ACTIONS_MIGRATION && name >= ACTIONS_MIGRATION) continue;
    fs.cpSync(path.join(MIGRATIONS_DIR, name), path.join(dir, name), { recursive: true });
  }
  return dir;
}

describe("the recommended-actions migration", () => {
  it("keeps every measure-level status row, as measure-level, and keeps history append-only", () => {
    expect(ACTIONS_MIGRATION).toBeDefined();
    const file = path.join(makeTempDir(), "before-actions.db");
    applyMigrations(file, migrationsBeforeActions());
    const before = new Database(file);
    before.exec(`INSERT INTO Pillar VALUES ('I', 1, 'innovation', 'Innovation', '혁신', 's', 's')`);
    before.exec(`INSERT INTO Measure (id, slug, pillarId, position, sequence, titleEn, titleKo, summaryEn, summaryKo, briefItem)
                 VALUES ('I-1', 'red-tape', 'I', 1, 1, 't', 't', 's', 's', 1)`);
    before.exec(`INSERT INTO user (id, name, email, createdAt, updatedAt) VALUES ('u1', 'A', 'a@example.com', 0, 0)`);
    const insert = before.prepare(
      `INSERT INTO StatusChange (id, measureId, status, verified, reason, sourceUrls, authorId, createdAt)
       VALUES (?, 'I-1', ?, ?, ?, '["https://example.gov/a"]', 'u1', ?)`,
    );
    insert.run("s1", "in-progress", 0, "RFI opened", "2025-09-01T00:00:00.000Z");
    insert.run("s2", "partially-implemented", 1, "Rules repealed", "2025-10-01T00:00:00.000Z");
    const rows = before.prepare("SELECT * FROM StatusChange ORDER BY id").all();
    before.close();

    applyMigrations(file);
    const after = new Database(file);
    const migrated = after.prepare("SELECT * FROM StatusChange ORDER BY id").all() as Record<string, unknown>[];
    expect(migrated).toEqual(rows.map((row) => ({ ...(row as object), actionId: null, seedKey: null })));
    expect(() => after.exec("UPDATE StatusChange SET reason = 'rewritten' WHERE id = 's1'")).toThrow(
      "status history is append-only",
    );
    expect(() => after.exec("DELETE FROM StatusChange WHERE id = 's2'")).toThrow("status history is append-only");
    after.close();
  });
});
