import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { pendingSchemaChanges } from "@/prisma/migrate";
import { applyMigrations, listMigrations, MIGRATIONS_DIR } from "@/prisma/migrations-runner";
import { makeTempDir } from "@/tests/support/test-database";

describe("migrations", () => {
  it("describe the same database as schema.prisma", async () => {
    expect(await pendingSchemaChanges()).toBe("");
  });

  it("build a fresh database alone, recorded in Prisma's history table, and apply once", () => {
    const file = path.join(makeTempDir(), "fresh.db");
    expect(applyMigrations(file)).toEqual(listMigrations().map((migration) => migration.name));
    expect(applyMigrations(file)).toEqual([]);

    const sqlite = new Database(file, { readonly: true });
    const tables = sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((row) => (row as { name: string }).name);
    const history = sqlite.prepare("SELECT migration_name, finished_at FROM _prisma_migrations").all();
    sqlite.close();
    expect(tables).toEqual(expect.arrayContaining(["Pillar", "Measure", "Sector", "MeasureSector", "Note", "user"]));
    expect(history).toHaveLength(listMigrations().length);
  });

  it("refuse to run when an applied migration was edited", () => {
    const dir = makeTempDir("migrations-");
    fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    const file = path.join(makeTempDir(), "edited.db");
    applyMigrations(file, dir);
    const first = listMigrations(dir)[0].name;
    fs.appendFileSync(path.join(dir, first, "migration.sql"), "\n-- changed\n");
    expect(() => applyMigrations(file, dir)).toThrow(`Migration ${first} was edited after it was applied`);
  });

  it("leave the database as it was when a migration fails", () => {
    const dir = makeTempDir("migrations-");
    fs.cpSync(MIGRATIONS_DIR, dir, { recursive: true });
    fs.mkdirSync(path.join(dir, "99999999999999_broken"));
    fs.writeFileSync(
      path.join(dir, "99999999999999_broken", "migration.sql"),
      'CREATE TABLE "Half" (id TEXT);\nNOT SQL;',
    );
    const file = path.join(makeTempDir(), "broken.db");
    expect(() => applyMigrations(file, dir)).toThrow();
    const sqlite = new Database(file, { readonly: true });
    const half = sqlite.prepare("SELECT name FROM sqlite_master WHERE name = 'Half'").all();
    sqlite.close();
    expect(half).toEqual([]);
  });
});
