/**
 * Nothing lost: concurrent writers, and a SIGKILL in the middle of a write burst. Each test starts
 * its own production server (lib/cli/serve.ts on the build the suite's webServer made) on loopback
 * against a fresh database, and stops its whole process group whatever happens.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { type AppServer, startAppServer } from "../support/durability/app-server";
import { type Acknowledged, runWriters } from "../support/durability/writers";

const BASE_PORT = Number(process.env.E2E_PORT ?? 3100) + 10;

type Fixture = { slug: string; tokens: string[] };
type Report = { integrity: string; journalMode: string; acknowledged: number; missing: string[]; altered: string[] };

function durabilityCli(...args: string[]): string {
  const output = execFileSync("npx", ["tsx", "tests/support/durability/cli.ts", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  return output.trim().split("\n").at(-1)!;
}

function verify(file: string, acknowledged: Acknowledged[]): Report {
  const acks = `${file}.acks.json`;
  fs.writeFileSync(acks, JSON.stringify(acknowledged));
  return JSON.parse(durabilityCli("verify", file, acks)) as Report;
}

let dir: string;
let servers: AppServer[] = [];

test.beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-durability-"));
  servers = [];
});

test.afterEach(async () => {
  for (const server of servers) await server.stop("SIGKILL");
  fs.rmSync(dir, { recursive: true, force: true });
});

test("20 concurrent API writers for 5 s: every acknowledged note is stored, no 5xx, no locked database", async () => {
  test.setTimeout(120_000);
  const file = path.join(dir, "writers.db");
  const { slug, tokens } = JSON.parse(durabilityCli("prepare", file, "20")) as Fixture;
  const server = await startAppServer({ port: BASE_PORT, databaseFile: file, env: { WRITE_RATE_LIMIT: "0" } });
  servers.push(server);

  const result = await runWriters({ baseUrl: server.url, slug, tokens, durationMs: 5_000 });
  await server.stop("SIGTERM");

  expect(result.failures).toEqual([]);
  expect(Object.keys(result.statuses)).toEqual(["201"]);
  expect(result.acknowledged.length).toBeGreaterThan(20);
  const report = verify(file, result.acknowledged);
  expect(report).toMatchObject({
    integrity: "ok",
    journalMode: "wal",
    acknowledged: result.acknowledged.length,
    missing: [],
    altered: [],
  });
});

test("SIGKILL in the middle of a write burst: after a restart the file is intact and every acknowledged note is there", async () => {
  test.setTimeout(180_000);
  const file = path.join(dir, "crash.db");
  const port = BASE_PORT + 1;
  const { slug, tokens } = JSON.parse(durabilityCli("prepare", file, "10")) as Fixture;
  const server = await startAppServer({ port, databaseFile: file, env: { WRITE_RATE_LIMIT: "0" } });
  servers.push(server);

  // Kill once 50 writes were acknowledged, keep writing until writes hit the dead server, then stop.
  const stop = new AbortController();
  let flowing!: () => void;
  let refused!: () => void;
  const enoughAcknowledged = new Promise<void>((resolve) => (flowing = resolve));
  const writesRefused = new Promise<void>((resolve) => (refused = resolve));
  const burst = runWriters({
    baseUrl: server.url,
    slug,
    tokens,
    durationMs: 60_000,
    label: "crash",
    stop: stop.signal,
    onAcknowledged: (total) => total >= 50 && flowing(),
    onRefused: () => refused(),
  });
  const first = await Promise.race([enoughAcknowledged.then(() => "flowing"), burst.then(() => "ended")]);
  expect(first, "the burst ended before 50 writes were acknowledged").toBe("flowing");
  await server.stop("SIGKILL");
  await writesRefused;
  stop.abort();
  const result = await burst;
  // The kill landed mid-burst: writes were acknowledged before it and refused by a dead server after.
  expect(result.acknowledged.length).toBeGreaterThan(0);
  expect(result.statuses.network).toBeGreaterThan(0);

  const restarted = await startAppServer({ port, databaseFile: file, env: { WRITE_RATE_LIMIT: "0" } });
  servers.push(restarted);
  const report = verify(file, result.acknowledged);
  expect(report).toMatchObject({ integrity: "ok", acknowledged: result.acknowledged.length, missing: [], altered: [] });

  // The restarted app serves them and takes new writes.
  const last = result.acknowledged.at(-1)!;
  const author = tokens[Number(/^crash (\d+) #/.exec(last.body)![1])]; // private: only its author reads it
  const read = await fetch(`${restarted.url}/api/notes/${last.id}`, { headers: { authorization: `Bearer ${author}` } });
  expect(read.status).toBe(200);
  expect((await read.json()).note.body).toBe(last.body);
  const written = await fetch(`${restarted.url}/api/measures/${slug}/notes`, {
    method: "POST",
    headers: { authorization: `Bearer ${tokens[0]}`, "content-type": "application/json" },
    body: JSON.stringify({ body: "after the crash", visibility: "private" }),
  });
  expect(written.status).toBe(201);
});
