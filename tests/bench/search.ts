/**
 * npm run bench:search — search latency at 100,000 notes.
 *
 * Builds a temporary database (migrations + content/ + synthetic analysts' notes in Korean and
 * English), then prints p50/p95/p99 of the in-process search function and of GET /api/search
 * over HTTP against the production build (`next start` on 127.0.0.1, stopped afterwards).
 * Requests are sequential and bounded in number; nothing leaves the loopback interface.
 *
 *   NOTES=100000 ROUNDS=40 npm run bench:search      (defaults shown; SKIP_HTTP=1 for in-process only)
 */
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createSeededDatabase } from "../support/test-database";
import { issueApiToken } from "../../lib/auth/api-tokens";
import { createPrismaClient } from "../../lib/db/client";

const NOTES = Number(process.env.NOTES ?? 100_000);
const ROUNDS = Number(process.env.ROUNDS ?? 40);
const PORT = Number(process.env.BENCH_PORT ?? 3290);

const QUERIES = [
  "전력", "수출", "보안", "국방", "센터", // Korean, 2 syllables
  "반도체", "데이터센터", "수출통제", "전력망 투자", // Korean, 3+ syllables and two words
  "grid", "semiconductor", "export controls", "data center permitting", // English
  "AI 반도체", "nvidia 수출", // mixed
  "zxqvy", "없는낱말", // no hits
];

// A small analyst's vocabulary, so notes read like notes and common words match many of them.
const KO = [
  "전력망", "투자", "데이터센터", "반도체", "수출통제", "보안", "국방부", "인허가", "원자력", "송전",
  "엔비디아", "공급망", "동맹국", "규제", "완화", "오픈소스", "모델", "평가", "인력", "양성",
  "사이버보안", "바이오", "로봇", "드론", "기초과학", "실적", "전망", "수혜", "확대", "발표",
];
const KO_ENDINGS = ["이", "가", "을", "를", "은", "는", "의", "에", "에서", "과", "와", "으로", ""];
const EN = [
  "grid", "investment", "data", "center", "semiconductor", "export", "controls", "security", "defense",
  "permitting", "nuclear", "transmission", "supply", "chain", "allies", "regulation", "open", "source",
  "model", "evaluation", "workforce", "cybersecurity", "biosecurity", "robotics", "drones", "science",
  "earnings", "outlook", "beneficiary", "expansion", "announcement", "nvidia", "utility", "capex",
];

/** mulberry32: a small seeded generator, so every run indexes the same corpus. */
function makeRandom(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n | 0;
  };
}

function syntheticNote(random: (n: number) => number): string {
  const korean = Array.from({ length: 12 + random(30) }, () => KO[random(KO.length)] + KO_ENDINGS[random(KO_ENDINGS.length)]);
  const english = Array.from({ length: 6 + random(20) }, () => EN[random(EN.length)]);
  return random(3) === 0
    ? `${english.join(" ")}. ${korean.join(" ")}.`
    : `${korean.slice(0, 8).join(" ")}. ${english.join(" ")}. ${korean.slice(8).join(" ")}.`;
}

function buildCorpus(file: string) {
  const sqlite = new Database(file);
  const measures = sqlite.prepare("SELECT id FROM Measure").all().map((row) => (row as { id: string }).id);
  const insertUser = sqlite.prepare("INSERT INTO user (id, name, email, role, createdAt, updatedAt) VALUES (?, ?, ?, 'analyst', 0, 0)");
  const insertNote = sqlite.prepare(
    "INSERT INTO Note (id, body, visibility, measureId, authorId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const random = makeRandom(42);
  const started = performance.now();
  sqlite.transaction(() => {
    for (let u = 0; u < 20; u++) insertUser.run(`bench-user-${u}`, `Analyst ${u}`, `analyst${u}@example.test`);
    for (let n = 0; n < NOTES; n++) {
      const when = Date.UTC(2025, 7, 1) + n * 60_000;
      insertNote.run(`bench-note-${n}`, syntheticNote(random), random(4) === 0 ? "private" : "shared",
        measures[random(measures.length)], `bench-user-${random(20)}`, when, when);
    }
  })();
  const seconds = (performance.now() - started) / 1000;
  sqlite.pragma("optimize");
  sqlite.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
  sqlite.close();
  console.log(`Corpus: 30 measures + ${NOTES} notes, indexed through the triggers in ${seconds.toFixed(1)} s ` +
    `(${((seconds * 1e6) / NOTES).toFixed(0)} µs per note); database ${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MiB.`);
}

function percentiles(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  return { p50: at(50), p95: at(95), p99: at(99) };
}

function report(label: string, samples: number[]) {
  const { p50, p95, p99 } = percentiles(samples);
  console.log(`${label.padEnd(34)} p50 ${p50.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms   p99 ${p99.toFixed(2).padStart(7)} ms   (${samples.length} runs)`);
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

async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server did not answer at ${url} within 60 s.`);
}

async function benchHttp(file: string) {
  const next = path.resolve("node_modules/.bin/next");
  if (!fs.existsSync(".next/BUILD_ID")) {
    console.log("No production build: running next build…");
    if (spawnSync(next, ["build"], { stdio: "inherit" }).status !== 0) throw new Error("next build failed");
  }
  const server = spawn(next, ["start", "--hostname", "127.0.0.1", "--port", String(PORT)], {
    env: { ...process.env, DATABASE_URL: file, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  const base = `http://127.0.0.1:${PORT}`;
  // Search as a signed-in analyst, so that the 100,000 notes are searched over HTTP too.
  const client = createPrismaClient(`file:${file}`);
  const { token } = await issueApiToken(client, "bench-user-1", "bench");
  await client.$disconnect();
  const headers = { authorization: `Bearer ${token}` };
  try {
    await waitForServer(`${base}/api/search?q=warmup`);
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
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
  const file = path.join(dir, "bench.db");
  try {
    await createSeededDatabase(file);
    buildCorpus(file);
    process.env.DATABASE_URL = file;
    if (process.env.KEEP_DB) fs.copyFileSync(file, process.env.KEEP_DB);
    console.log(`Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? "unknown"}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);
    await benchInProcess();
    if (!process.env.SKIP_HTTP) await benchHttp(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
