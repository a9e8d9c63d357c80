/**
 * Migrate and seed, one process at a time. Two `npm start`s on one database file would otherwise
 * both see a migration as missing and both apply it (the second fails on "table exists"), or seed
 * while the other migrates. A lock file beside the database (created with O_EXCL, holding the
 * owner's pid) makes the second wait until the first is done; a lock left by a process that died
 * is taken over.
 */
import fs from "node:fs";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { applyMigrations } from "../../prisma/migrations-runner";
import { loadContent } from "../content/load";
import { syncContent } from "../content/sync";
import { createPrismaClient } from "./client";

const POLL_MS = 100;

function ownerIsGone(lockFile: string): boolean {
  const pid = Number(fs.readFileSync(lockFile, "utf8"));
  if (!Number.isInteger(pid) || pid <= 0) return false; // being written right now: wait
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "ESRCH";
  }
}

/** Runs `work` while holding `lockFile`; waits up to `timeoutMs` for another holder to finish. */
export async function withLockFile<T>(lockFile: string, work: () => Promise<T>, timeoutMs = 300_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let fd: number;
  for (;;) {
    try {
      fd = fs.openSync(lockFile, "wx");
      fs.writeSync(fd, String(process.pid));
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      if (ownerIsGone(lockFile)) {
        fs.rmSync(lockFile, { force: true });
        continue;
      }
      if (Date.now() > deadline)
        throw new Error(`${lockFile} is still held by another process; remove it if none runs.`);
      await sleep(POLL_MS);
    }
  }
  try {
    return await work();
  } finally {
    fs.closeSync(fd);
    fs.rmSync(lockFile, { force: true });
  }
}

/** Applies the migrations and loads content/ into `file`, under the database's lock. */
export async function prepareDatabase(file: string): Promise<void> {
  // A fresh clone has no prisma/data/: the lock file (and SQLite) need its folder first.
  fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  await withLockFile(`${file}.prepare-lock`, async () => {
    const applied = applyMigrations(file);
    if (applied.length) console.log(`Database ${file}: applied ${applied.length} migration(s).`);
    const db = createPrismaClient(`file:${file}`);
    try {
      const report = await syncContent(db, loadContent());
      console.log(`Content: ${report.measures} measures, ${report.sectors} sectors, ${report.links} links.`);
    } finally {
      await db.$disconnect();
    }
  });
}
