import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { withLockFile } from "@/lib/db/prepare";
import { listMigrations } from "@/prisma/migrations-runner";
import { makeTempDir } from "@/tests/support/test-database";

/** `npm run db:setup` (what `npm start` does first) in a process of its own; resolves with its exit code and output. */
function setUp(file: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(path.resolve("node_modules/.bin/tsx"), ["lib/cli/prepare-database.ts"], {
      env: { ...process.env, DATABASE_URL: file },
    });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("exit", (code) => resolve({ code, output }));
  });
}

describe("preparing one database from two processes at once", () => {
  it("migrates and seeds once: both succeed, each migration recorded once, the lock gone", async () => {
    const file = path.join(makeTempDir(), "shared.db");
    const runs = await Promise.all([setUp(file), setUp(file)]);
    for (const run of runs) expect(run.code, run.output).toBe(0);
    // One of them applied everything, the other found nothing left to apply.
    expect(runs.filter((run) => /applied \d+ migration/.test(run.output))).toHaveLength(1);
    const sqlite = new Database(file, { readonly: true });
    const history = sqlite.prepare("SELECT migration_name FROM _prisma_migrations").all();
    const measures = sqlite.prepare('SELECT count(*) AS n FROM "Measure"').get() as { n: number };
    sqlite.close();
    expect(history).toHaveLength(listMigrations().length);
    expect(measures.n).toBe(30);
    expect(fs.existsSync(`${file}.prepare-lock`)).toBe(false);
  }, 120_000);

  it("creates the database's folder when it does not exist yet (a fresh clone has no prisma/data/)", async () => {
    const file = path.join(makeTempDir(), "not", "yet", "there.db");
    const run = await setUp(file);
    expect(run.code, run.output).toBe(0);
    expect(fs.existsSync(file)).toBe(true);
  }, 120_000);

  it("takes over a lock whose process is gone", async () => {
    const lock = path.join(makeTempDir(), "stale.prepare-lock");
    fs.writeFileSync(lock, "999999999"); // no such process
    await expect(withLockFile(lock, async () => "ran")).resolves.toBe("ran");
    expect(fs.existsSync(lock)).toBe(false);
  });
});
