/**
 * npm run bench:search — search latency at 100,000 notes.
 *
 * Builds a temporary database (migrations + content/ + synthetic analysts' notes in Korean and
 * English), then prints p50/p95/p99 of the in-process search function and of GET /api/search
 * over HTTP against the production build (lib/cli/serve.ts on 127.0.0.1, stopped afterwards).
 * Requests are sequential and bounded in number; nothing leaves the loopback interface.
 *
 *   NOTES=100000 ROUNDS=40 npm run bench:search      (defaults shown; SKIP_HTTP=1 for in-process only)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { issueApiToken } from "../../lib/auth/api-tokens";
import { createPrismaClient } from "../../lib/db/client";
import { createSeededDatabase } from "../support/test-database";
import { insertSyntheticNotes } from "./corpus";
import { runBenchmark } from "./run";
import { startProductionServer } from "./server";
import { describeMachine, percentile } from "./stats";

const NOTES = Number(process.env.NOTES ?? 100_000);
const ROUNDS = Number(process.env.ROUNDS ?? 40);
const PORT = Number(process.env.BENCH_PORT ?? 3290);

const QUERIES = [
  "전력",
  "수출",
  "보안",
  "국방",
  "센터", // Korean, 2 syllables
  "반도체",
  "데이터센터",
  "수출통제",
  "전력망 투자", // Korean, 3+ syllables and two words
  "grid",
  "semiconductor",
  "export controls",
  "data center permitting", // English
  "AI 반도체",
  "nvidia 수출", // mixed
  "zxqvy",
  "없는낱말", // no hits
];

function report(label: string, samples: number[]) {
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(samples, p));
  console.log(
    `${label.padEnd(34)} p50 ${p50.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms   p99 ${p99.toFixed(2).padStart(7)} ms   (${samples.length} runs)`,
  );
}

async function benchInProcess() {
  const { searchDocuments } = await import("../../lib/search/search");
  const viewer = { id: "bench-user-1", role: "analyst" as const };
  const all: number[] = [];
  for (const q of QUERIES) {
    await searchDocuments({ q, limit: 20, offset: 0, locale: "ko" }, viewer);
    const samples: number[] = [];
    let total = 0;
    for (let round = 0; round < ROUNDS; round++) {
      const started = performance.now();
      total = (await searchDocuments({ q, limit: 20, offset: 0, locale: "ko" }, viewer)).total;
      samples.push(performance.now() - started);
    }
    report(`  ${q} (${total} hits)`, samples);
    all.push(...samples);
  }
  report("in-process search, all queries", all);
}

async function benchHttp(file: string) {
  const server = await startProductionServer(file, PORT, "/api/search?q=warmup");
  const { base } = server;
  // Search as a signed-in analyst, so that the 100,000 notes are searched over HTTP too.
  const client = createPrismaClient(`file:${file}`);
  const { token } = await issueApiToken(client, "bench-user-1", "bench");
  await client.$disconnect();
  const headers = { authorization: `Bearer ${token}` };
  try {
    const all: number[] = [];
    for (const q of QUERIES) {
      const url = `${base}/api/search?q=${encodeURIComponent(q)}&lang=ko`;
      await (await fetch(url, { headers })).json();
      const samples: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        const started = performance.now();
        const response = await fetch(url, { headers });
        await response.json();
        samples.push(performance.now() - started);
        if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      }
      all.push(...samples);
    }
    report("GET /api/search over HTTP (analyst), all", all);
  } finally {
    await server.stop();
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
  const file = path.join(dir, "bench.db");
  try {
    await createSeededDatabase(file);
    insertSyntheticNotes(file, NOTES);
    process.env.DATABASE_URL = file;
    if (process.env.KEEP_DB) fs.copyFileSync(file, process.env.KEEP_DB);
    console.log(describeMachine());
    await benchInProcess();
    if (!process.env.SKIP_HTTP) await benchHttp(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runBenchmark(main);
