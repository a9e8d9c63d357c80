import path from "node:path";

/** Where the embedded SQLite database lives unless DATABASE_URL says otherwise. */
export const DEFAULT_DATABASE_FILE = "prisma/data/tracker.db";

/** The database URL as `file:<absolute path>`, so the CLI, scripts and the server agree. */
export function resolveDatabaseUrl(env: NodeJS.ProcessEnv = process.env): string {
  const configured = env.DATABASE_URL?.trim();
  const file = configured ? configured.replace(/^file:/, "") : DEFAULT_DATABASE_FILE;
  return `file:${path.resolve(file)}`;
}

/** The file path behind a `file:` URL. */
export function databaseFile(url: string = resolveDatabaseUrl()): string {
  return url.replace(/^file:/, "");
}
