import fs from "node:fs";
import path from "node:path";
import { createSeededDatabase, makeTempDir } from "./test-database";

/** Builds one migrated, seeded database that every test file copies. */
export default async function setup() {
  const dir = makeTempDir("tracker-template-");
  const file = path.join(dir, "template.db");
  await createSeededDatabase(file);
  // Fold the WAL into the main file so that a plain file copy is a complete database.
  const { default: Database } = await import("better-sqlite3");
  const sqlite = new Database(file);
  sqlite.pragma("wal_checkpoint(TRUNCATE)");
  sqlite.pragma("journal_mode = DELETE");
  sqlite.close();
  process.env.TEST_TEMPLATE_DB = file;
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
