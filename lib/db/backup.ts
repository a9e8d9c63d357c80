/**
 * Online backup and restore of the SQLite database through SQLite's backup API, which copies a
 * consistent snapshot page by page while the app keeps reading and writing.
 */
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

export type BackupReport = { file: string; bytes: number; pages: number };

function assertIntact(file: string): void {
  const sqlite = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const result = sqlite.pragma("integrity_check", { simple: true });
    if (result !== "ok") throw new Error(`${file} failed SQLite's integrity check: ${String(result)}`);
    const migrated = sqlite
      .prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = '_prisma_migrations'")
      .get() as { n: number };
    if (migrated.n !== 1) throw new Error(`${file} is not a database of this app (no migration history).`);
  } finally {
    sqlite.close();
  }
}

/** Copies the live database at `source` to `target` (which must not exist yet) and checks the copy. */
export async function backupDatabase(source: string, target: string): Promise<BackupReport> {
  if (fs.existsSync(target)) throw new Error(`${target} already exists; choose a new file name.`);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const sqlite = new Database(source, { fileMustExist: true, timeout: 5000 });
  try {
    const progress = await sqlite.backup(target);
    assertIntact(target);
    // A backup should be one self-contained file: fold any WAL it was given into it.
    const copy = new Database(target);
    copy.pragma("journal_mode = DELETE");
    copy.close();
    return { file: target, bytes: fs.statSync(target).size, pages: progress.totalPages };
  } finally {
    sqlite.close();
  }
}

/**
 * Replaces the contents of the database at `target` with the backup at `source`. It goes through
 * the backup API too, so a server that has the database open sees the restored data on its next
 * query instead of a file swapped under it.
 */
export async function restoreDatabase(source: string, target: string): Promise<BackupReport> {
  assertIntact(source);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  const backup = new Database(source, { readonly: true, fileMustExist: true });
  try {
    const progress = await backup.backup(target);
    const restored = new Database(target, { timeout: 5000 });
    restored.pragma("journal_mode = WAL");
    restored.close();
    assertIntact(target);
    return { file: target, bytes: fs.statSync(target).size, pages: progress.totalPages };
  } finally {
    backup.close();
  }
}
