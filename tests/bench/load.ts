/**
 * npm run bench — the production build under load on loopback.
 *
 * A temporary database (migrations + content/) serves the production server (lib/cli/serve.ts) on 127.0.0.1; autocannon
 * drives each target at CONNECTIONS connections for DURATION seconds: home, a measure page, a
 * sector page, /api/search, /api/measures as a signed-out reader (the page cache answers); the
 * measure page and home with an analyst's session cookie and /api/search with an API token
 * (rendered per request); note creation through the API (Bearer token), and the ceiling: a bare
 * Node http server (bare-server.ts) sending the measure page's bytes from memory. Then the same at 100,000 notes and 10,000
 * events, bulk-inserted straight into the database. Last, the client JavaScript per route of the
 * build, gzipped. Prints figures; asserts nothing.
 *
 *   CONNECTIONS=50 DURATION=10 NOTES=100000 EVENTS=10000 npm run bench
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import { createSeededDatabase } from "../support/test-database";
import { createAnalystToken, signIn } from "./accounts";
import { clientJavaScriptPerRoute } from "./client-js";
import { insertSyntheticEvents, insertSyntheticNotes } from "./corpus";
import { runBenchmark } from "./run";
import { type BenchServer, startProductionServer } from "./server";
import { describeMachine, percentile } from "./stats";

const CONNECTIONS = Number(process.env.CONNECTIONS ?? 50);
const DURATION = Number(process.env.DURATION ?? 10);
const NOTES = Number(process.env.NOTES ?? 100_000);
const EVENTS = Number(process.env.EVENTS ?? 10_000);
const PORT = Number(process.env.BENCH_PORT ?? 3610);
const MEASURE = "develop-a-grid-to-match-the-pace-of-ai-innovation";

/** Who asks: nobody (anonymous readers, answered from the page cache), an analyst's session cookie, or an API token. */
type Target = {
  name: string;
  path: string;
  method?: "POST";
  body?: string;
  read: boolean;
  as?: "session" | "token";
  /** Sent to the bare Node server instead of the app. */
  bare?: boolean;
};
type Figure = { name: string; rps: number; p50: number; p99: number; errors: number; non2xx: number };

const TARGETS: Target[] = [
  { name: "home /ko", path: "/ko", read: true },
  { name: "measure page", path: `/en/measures/${MEASURE}`, read: true },
  { name: "sector page", path: "/ko/sectors/power", read: true },
  { name: "GET /api/search", path: "/api/search?q=%EC%A0%84%EB%A0%A5%EB%A7%9D&lang=ko", read: true },
  { name: "GET /api/measures", path: "/api/measures", read: true },
  { name: "bare Node (ceiling)", path: "/", read: true, bare: true },
  { name: "measure page, signed in", path: `/en/measures/${MEASURE}`, read: true, as: "session" },
  { name: "home /ko, signed in", path: "/ko", read: true, as: "session" },
  {
    name: "GET /api/search, token",
    path: "/api/search?q=%EC%A0%84%EB%A0%A5%EB%A7%9D&lang=ko",
    read: true,
    as: "token",
  },
  {
    name: "POST note (API token)",
    path: `/api/measures/${MEASURE}/notes`,
    method: "POST",
    body: JSON.stringify({ body: "bench note: 전력망 투자 grid", visibility: "private" }),
    read: false,
    as: "token",
  },
];

type Credentials = { token: string; cookie: string };

async function drive(server: BenchServer, target: Target, credentials: Credentials, bareBase: string): Promise<Figure> {
  const url = `${target.bare ? bareBase : server.base}${target.path}`;
  const headers: Record<string, string> = {};
  if (target.as === "token") headers.authorization = `Bearer ${credentials.token}`;
  if (target.as === "session") headers.cookie = credentials.cookie;
  if (target.body) headers["content-type"] = "application/json";
  await autocannon({ url, connections: 4, duration: 2, method: target.method ?? "GET", body: target.body, headers }); // warm-up
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION,
    method: target.method ?? "GET",
    body: target.body,
    headers,
  });
  return {
    name: target.name,
    rps: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors,
    non2xx: result.non2xx,
  };
}

function print(title: string, figures: Figure[]) {
  console.log(`\n${title}`);
  console.log(
    `${"target".padEnd(24)} ${"req/s".padStart(8)} ${"p50 ms".padStart(8)} ${"p99 ms".padStart(8)} ${"errors".padStart(7)} ${"non-2xx".padStart(8)}`,
  );
  for (const f of figures) {
    console.log(
      `${f.name.padEnd(24)} ${f.rps.toFixed(0).padStart(8)} ${String(f.p50).padStart(8)} ${String(f.p99).padStart(8)} ${String(f.errors).padStart(7)} ${String(f.non2xx).padStart(8)}`,
    );
  }
  const measure = figures.find((f) => f.name === "measure page")!;
  const ceiling = figures.find((f) => f.name.startsWith("bare Node"))!;
  const signedIn = figures.find((f) => f.name === "measure page, signed in")!;
  console.log(
    `measure page / bare Node server sending the same bytes: ${(measure.rps / ceiling.rps).toFixed(2)} signed out (target ≥ 0.6), ${(signedIn.rps / ceiling.rps).toFixed(2)} signed in`,
  );
  const slowReads = TARGETS.filter((t) => t.read)
    .map((t) => figures.find((f) => f.name === t.name)!)
    .filter((f) => f.p99 > 50);
  console.log(`reads with p99 > 50 ms: ${slowReads.map((f) => `${f.name} (${f.p99} ms)`).join(", ") || "none"}`);
}

/**
 * One request at a time, each with a query string never seen before, so the page cache misses
 * and Next renders: what a first reader (or any reader after a write) waits for on an idle server.
 */
async function timeRenders(
  base: string,
  path: string,
  headers: Record<string, string> = {},
  count = 30,
): Promise<{ p50: number; p90: number }> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const response = await fetch(`${base}${path}?render=${Date.now()}-${i}`, { headers });
    await response.arrayBuffer();
    if (response.headers.get("x-page-cache") === "hit") throw new Error("expected a cache miss");
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 50), p90: percentile(times, 90) };
}

/** The bare Node server on PORT + 1, sending `pageFile`'s bytes. */
async function startBareServer(pageFile: string): Promise<{ base: string; stop(): void }> {
  const port = PORT + 1;
  const child = spawn(path.resolve("node_modules/.bin/tsx"), ["tests/bench/bare-server.ts", pageFile, String(port)], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout?.once("data", () => resolve());
    child.once("exit", (code) => reject(new Error(`bare server exited (${code})`)));
  });
  return { base: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

async function run(file: string, token: string, pageFile: string): Promise<Figure[]> {
  const server = await startProductionServer(file, PORT);
  const bare = await startBareServer(pageFile);
  try {
    const credentials = { token, cookie: await signIn(server.base) };
    const figures: Figure[] = [];
    for (const target of TARGETS) figures.push(await drive(server, target, credentials, bare.base));
    const path = `/en/measures/${MEASURE}`;
    const [signedOut, signedIn] = [
      await timeRenders(server.base, path),
      await timeRenders(server.base, path, { cookie: credentials.cookie }),
    ];
    console.log(
      `\nOne measure-page render at a time (cache miss): signed out p50 ${signedOut.p50.toFixed(1)} / p90 ${signedOut.p90.toFixed(1)} ms; ` +
        `signed in p50 ${signedIn.p50.toFixed(1)} / p90 ${signedIn.p90.toFixed(1)} ms`,
    );
    return figures;
  } finally {
    bare.stop();
    await server.stop();
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-load-"));
  const file = path.join(dir, "bench.db");
  try {
    console.log(`${describeMachine()}; ${CONNECTIONS} connections, ${DURATION} s per target`);
    await createSeededDatabase(file);
    const token = createAnalystToken(file);

    // The ceiling: a static file exactly as large as the measure page, served by the same server.
    const probe = await startProductionServer(file, PORT);
    const page = await (await fetch(`${probe.base}/en/measures/${MEASURE}`)).text();
    await probe.stop();
    const pageFile = path.join(dir, "measure-page.html");
    fs.writeFileSync(pageFile, page);
    console.log(
      `Measure page: ${(Buffer.byteLength(page) / 1024).toFixed(1)} KiB of HTML; the bare Node server sends the same bytes.`,
    );

    const seeded = await run(file, token, pageFile);
    print("Seeded size (content/ + the notes this run created)", seeded);

    insertSyntheticNotes(file, NOTES);
    insertSyntheticEvents(file, EVENTS);
    const large = await run(file, token, pageFile);
    print(`At ${NOTES} notes and ${EVENTS} events`, large);
    console.log("\nLarge / seeded requests/s (target: pages and search within 2×, i.e. ≥ 0.5):");
    for (const f of large) {
      const base = seeded.find((s) => s.name === f.name)!;
      console.log(`  ${f.name.padEnd(24)} ${(f.rps / base.rps).toFixed(2)}   p99 ${base.p99} → ${f.p99} ms`);
    }

    console.log("\nClient JavaScript per route (gzipped):");
    for (const route of clientJavaScriptPerRoute()) {
      console.log(
        `  ${route.route.padEnd(36)} ${(route.gzipBytes / 1024).toFixed(1).padStart(7)} KiB   (${route.files} files)`,
      );
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runBenchmark(main);
