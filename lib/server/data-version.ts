import Database from "better-sqlite3";

/**
 * SQLite's data_version, read on a connection of its own that never writes: the number changes
 * whenever any other connection — the app's Prisma client, a CLI seed, another process — commits
 * to the file. Cheap enough to read on every request (one prepared statement, no I/O).
 */
export function watchDataVersion(databaseFile: string): () => number {
  const connection = new Database(databaseFile, { readonly: true, fileMustExist: true });
  const read = connection.prepare("PRAGMA data_version").pluck();
  return () => read.get() as number;
}
