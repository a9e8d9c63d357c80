/**
 * npm run bench:profile — where a signed-in measure page's time goes, read off V8's CPU profiler
 * (profile, don't guess). A temporary seeded database (plus NOTES synthetic notes) serves the
 * production server with tests/bench/profile-preload.ts loaded; after a warm-up, the analyst's
 * measure page is rendered REQUESTS times one at a time while the profiler samples the server's
 * thread. Self time is attributed to the package or layer each sampled function belongs to and
 * printed as milliseconds per page. Asserts nothing.
 *
 *   REQUESTS=300 NOTES=0 npm run bench:profile
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { createSeededDatabase } from "../support/test-database";
import { createAnalystToken, signIn } from "./accounts";
import { insertSyntheticNotes } from "./corpus";
import { runBenchmark } from "./run";
import { startProductionServer } from "./server";
import { describeMachine } from "./stats";

const REQUESTS = Number(process.env.REQUESTS ?? 300);
const NOTES = Number(process.env.NOTES ?? 0);
const PORT = Number(process.env.BENCH_PORT ?? 3630);
const PAGE = "/en/measures/develop-a-grid-to-match-the-pace-of-ai-innovation";

type ProfileNode = { id: number; callFrame: { functionName: string; url: string } };
type CpuProfile = {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  bySql: [string, number][];
};

/** The layer a sampled function belongs to, named by what an engineer would change. */
function layerOf({ functionName, url }: ProfileNode["callFrame"]): string {
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(idle)") return "idle";
  if (functionName === "(program)" || (!url && functionName.startsWith("("))) return "V8 (program, native)";
  if (url.startsWith("node:")) return "Node internals (http, streams, zlib)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url)?.[1];
  if (pkg === "next" || pkg === "react" || pkg === "react-dom") return "Next.js + React";
  if (pkg?.startsWith("@prisma/adapter") || pkg === "better-sqlite3") return "SQLite driver + Prisma adapter";
  if (pkg?.startsWith("@prisma/") || pkg === "prisma" || url.includes("generated/prisma")) return "Prisma client";
  if (pkg) return `package ${pkg}`;
  if (url.includes("/.next/server/")) return "app chunks (.next/server: our code, bundled packages)";
  if (url.includes("/lib/") || url.includes("/tests/bench/")) return "server wrapper (lib/server, lib/cli)";
  return url ? "other scripts" : "native calls (better-sqlite3 Statement.all/run, socket writes, builtins)";
}

function summarize(profile: CpuProfile, pages: number) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const layers = new Map<string, number>();
  const scripts = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const node = byId.get(id);
    if (!node) return;
    const micros = profile.timeDeltas[index] ?? 0;
    const layer = layerOf(node.callFrame);
    layers.set(layer, (layers.get(layer) ?? 0) + micros);
    const script = node.callFrame.url.replace(/^.*\/(node_modules|\.next)\//, "$1/") || node.callFrame.functionName;
    scripts.set(script, (scripts.get(script) ?? 0) + micros);
  });
  const perPage = (micros: number) => (micros / 1000 / pages).toFixed(2).padStart(7);
  const busy = [...layers].filter(([name]) => name !== "idle").reduce((sum, [, micros]) => sum + micros, 0);
  const statements = profile.bySql.reduce((sum, [, count]) => sum + count, 0);
  console.log(`SQL statements per page: ${(statements / pages).toFixed(1)}; the most frequent:`);
  for (const [sql, count] of profile.bySql.slice(0, 12))
    console.log(`  ${(count / pages).toFixed(1).padStart(5)}  ${sql}`);
  console.log(`\nCPU per page: ${perPage(busy)} ms, idle ${perPage(layers.get("idle") ?? 0)} ms; by layer:`);
  for (const [name, micros] of [...layers].sort((a, b) => b[1] - a[1]).filter(([name]) => name !== "idle"))
    console.log(`  ${perPage(micros)} ms  ${((100 * micros) / busy).toFixed(0).padStart(3)}%  ${name}`);
  console.log("\nTop scripts by self time (ms per page):");
  for (const [name, micros] of [...scripts].sort((a, b) => b[1] - a[1]).slice(0, 15))
    console.log(`  ${perPage(micros)}  ${name}`);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-profile-"));
  const file = path.join(dir, "bench.db");
  const profileFile = path.join(dir, "server.cpuprofile");
  try {
    console.log(`${describeMachine()}; ${REQUESTS} signed-in renders of ${PAGE}, one at a time, ${NOTES} extra notes`);
    await createSeededDatabase(file);
    createAnalystToken(file);
    if (NOTES) insertSyntheticNotes(file, NOTES);
    const server = await startProductionServer(file, PORT, "/api/pillars", {
      preload: "tests/bench/profile-preload.ts",
      env: { CPU_PROFILE_FILE: profileFile },
    });
    try {
      const cookie = await signIn(server.base);
      const render = async () => {
        const response = await fetch(`${server.base}${PAGE}`, { headers: { cookie } });
        if (!response.ok) throw new Error(`${PAGE}: ${response.status}`);
        await response.arrayBuffer();
      };
      for (let i = 0; i < 30; i++) await render(); // warm-up: modules loaded, JIT settled
      process.kill(server.pid, "SIGUSR2");
      const started = performance.now();
      for (let i = 0; i < REQUESTS; i++) await render();
      const wall = performance.now() - started;
      process.kill(server.pid, "SIGUSR2");
      while (!fs.existsSync(profileFile)) await sleep(100); // the server writes it whole
      console.log(`Wall time per page (client side): ${(wall / REQUESTS).toFixed(1)} ms`);
      summarize(JSON.parse(fs.readFileSync(profileFile, "utf8")) as CpuProfile, REQUESTS);
    } finally {
      await server.stop();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runBenchmark(main);
