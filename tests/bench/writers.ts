/**
 * npm run bench:writers — nothing lost under concurrent writers. Starts the production build
 * (run `npm run build` first) on 127.0.0.1 against a fresh database, lets WRITERS clients (default
 * 50, one account and API token each) create notes through the API for DURATION seconds (default
 * 30), stops the server, then checks that every acknowledged note is in the file, unchanged, and
 * that no client saw a 5xx or a "database is locked". Prints counts and latencies; exits 1 on a loss.
 * Meanwhile a second process writes to the same file through its own connection (read-then-write
 * transactions, as a CLI script would), unless SIDE_WRITER=0: its writes must all land too.
 * The write limit is off for this run (WRITE_RATE_LIMIT=0) unless BENCH_WRITE_RATE_LIMIT sets one.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { startAppServer } from "../support/durability/app-server";
import { prepareWritersDatabase, verifyWrites } from "../support/durability/database";
import { type Acknowledged, runWriters } from "../support/durability/writers";
import { percentile } from "./stats";

const writers = Number(process.env.WRITERS ?? 50);
const durationMs = Number(process.env.DURATION ?? 30) * 1000;
const port = Number(process.env.PORT ?? 3510);

if (!fs.existsSync(".next/BUILD_ID")) throw new Error("No production build: run `npm run build` first.");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-writers-"));
const file = path.join(dir, "writers.db");

console.log(`Preparing ${file} with ${writers} writers…`);
const { slug, tokens } = await prepareWritersDatabase(file, writers);
const server = await startAppServer({
  port,
  databaseFile: file,
  env: { WRITE_RATE_LIMIT: process.env.BENCH_WRITE_RATE_LIMIT ?? "0" },
});
let exitCode = 1;
try {
  console.log(`${writers} clients POST /api/measures/${slug}/notes on ${server.url} for ${durationMs / 1000} s…`);
  const sideWriter =
    process.env.SIDE_WRITER === "0"
      ? Promise.resolve({ acknowledged: [], errors: {}, latenciesMs: [] })
      : new Promise<{ acknowledged: Acknowledged[]; errors: Record<string, number>; latenciesMs: number[] }>(
          (resolve, reject) =>
            execFile(
              "npx",
              ["tsx", "tests/support/durability/side-writer.ts", file, String(durationMs)],
              { maxBuffer: 64 * 1024 * 1024 },
              (error, stdout) => (error ? reject(error) : resolve(JSON.parse(stdout.trim().split("\n").at(-1)!))),
            ),
        );
  const [result, side] = await Promise.all([
    runWriters({ baseUrl: server.url, slug, tokens, durationMs, label: "bench" }),
    sideWriter,
  ]);
  const walWhileServing = fs.existsSync(`${file}-wal`);
  await server.stop("SIGTERM");

  const report = verifyWrites(file, [...result.acknowledged, ...side.acknowledged]);
  const serverErrors = Object.entries(result.statuses).filter(
    ([status]) => status === "network" || status.startsWith("5"),
  );
  const locked = result.failures.filter((failure) => /locked|busy/i.test(failure));
  const ms = (value: number) => `${value.toFixed(1)} ms`;

  console.log(`\nstatuses: ${JSON.stringify(result.statuses)}`);
  console.log(
    `acknowledged: ${result.acknowledged.length} notes in ${(result.elapsedMs / 1000).toFixed(1)} s = ${(result.acknowledged.length / (result.elapsedMs / 1000)).toFixed(0)} writes/s`,
  );
  console.log(
    `latency of acknowledged writes: p50 ${ms(percentile(result.latenciesMs, 50))}, p99 ${ms(percentile(result.latenciesMs, 99))}, max ${ms(Math.max(...result.latenciesMs))}`,
  );
  const sideErrors = Object.values(side.errors).reduce((sum, n) => sum + n, 0);
  console.log(
    `second process: ${side.acknowledged.length} read-then-write transactions committed, p50 ${ms(percentile(side.latenciesMs, 50))}, p99 ${ms(percentile(side.latenciesMs, 99))}; errors: ${sideErrors ? JSON.stringify(side.errors) : "none"}`,
  );
  console.log(
    `database: journal_mode ${report.journalMode} (WAL file while serving: ${walWhileServing ? "yes" : "no"}), integrity_check ${report.integrity}, ${report.notes} notes`,
  );
  console.log(`acknowledged notes missing: ${report.missing.length}, changed: ${report.altered.length}`);
  if (result.failures.length) console.log(`first failures:\n  ${result.failures.join("\n  ")}`);

  const ok =
    report.integrity === "ok" &&
    !report.missing.length &&
    !report.altered.length &&
    !serverErrors.length &&
    !locked.length &&
    !sideErrors &&
    result.acknowledged.length > 0;
  console.log(ok ? "\nOK: nothing lost, no 5xx, no locked database." : "\nFAILED");
  exitCode = ok ? 0 : 1;
} finally {
  await server.stop("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
}
process.exit(exitCode);
