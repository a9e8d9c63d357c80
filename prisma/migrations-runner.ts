/**
 * Applies the committed migrations in prisma/migrations to a SQLite file and records them in
 * Prisma's own `_prisma_migrations` table, exactly as `prisma migrate deploy` would, without
 * needing Prisma's native schema engine (which cannot be downloaded on this network).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export const MIGRATIONS_DIR = path.resolve("prisma/migrations");

export type Migration = { name: string; sql: string; checksum: string };

export function listMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

const HISTORY_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL,
  "checksum" TEXT NOT NULL,
  "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL,
  "logs" TEXT,
  "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp,
  "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

/**
 * Brings the database up to date; returns the names of the migrations it applied.
 * Each migration runs in its own transaction, so a failing one leaves the database as it was
 * before it. An applied migration whose file has since changed stops the run.
 */
export function applyMigrations(databaseFile: string, dir: string = MIGRATIONS_DIR): string[] {
  fs.mkdirSync(path.dirname(databaseFile), { recursive: true });
  const sqlite = new Database(databaseFile);
  try {
    // WAL lets readers carry on while a writer commits; the setting is stored in the file.
    sqlite.pragma("journal_mode = WAL");
    sqlite.exec(HISTORY_TABLE);
    const applied = new Map(
      sqlite
        .prepare(
          `SELECT migration_name AS name, checksum FROM _prisma_migrations
           WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
        )
        .all()
        .map((row) => {
          const { name, checksum } = row as { name: string; checksum: string };
          return [name, checksum] as const;
        }),
    );
    const done: string[] = [];
    for (const migration of listMigrations(dir)) {
      const checksum = applied.get(migration.name);
      if (checksum !== undefined) {
        if (checksum !== migration.checksum) {
          throw new Error(
            `Migration ${migration.name} was edited after it was applied. ` +
              "Add a new migration instead of changing an applied one.",
          );
        }
        continue;
      }
      applyOne(sqlite, migration);
      done.push(migration.name);
    }
    return done;
  } finally {
    sqlite.close();
  }
}

function applyOne(sqlite: Database.Database, migration: Migration): void {
  // Table redefinitions in Prisma's SQL toggle foreign keys, which SQLite ignores inside a
  // transaction; switch them off around it and check the result before committing.
  sqlite.pragma("foreign_keys = OFF");
  // Prisma redefines a table by creating "new_X", dropping X and renaming. Views over X (the
  // search index's) would make that rename fail; in legacy mode the rename leaves them naming X,
  // which is the new table. Triggers on X still go with it: see docs/search.md.
  sqlite.pragma("legacy_alter_table = ON");
  try {
    sqlite.transaction(() => {
      sqlite.exec(migration.sql);
      const violations = sqlite.pragma("foreign_key_check") as unknown[];
      if (violations.length > 0) {
        throw new Error(`Migration ${migration.name} leaves foreign keys broken.`);
      }
      sqlite
        .prepare(
          `INSERT INTO _prisma_migrations
             (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES (?, ?, current_timestamp, ?, current_timestamp, 1)`,
        )
        .run(crypto.randomUUID(), migration.checksum, migration.name);
    })();
  } finally {
    sqlite.pragma("legacy_alter_table = OFF");
    sqlite.pragma("foreign_keys = ON");
  }
}
