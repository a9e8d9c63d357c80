/**
 * npm run bench:scale — do the reads stay flat as analysts' data grows?
 *
 * Builds a temporary database (migrations + content/), times the API routes and data-layer reads
 * that depend on the number of notes and events — in process, no HTTP, each RUNS times after a
 * warm-up — then bulk-inserts NOTES notes and EVENTS events (tests/bench/corpus.ts) into the same
 * file and times them again. Prints p50/p99 at both sizes and the ratio of the p50s (large ÷
 * seeded; the issue's target is within 2×). Asserts nothing.
 *
 *   RUNS=50 NOTES=100000 EVENTS=10000 npm run bench:scale
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createSeededDatabase } from "../support/test-database";
import { insertSyntheticEvents, insertSyntheticNotes } from "./corpus";
import { runBenchmark } from "./run";
import { describeMachine, percentile } from "./stats";

const RUNS = Number(process.env.RUNS ?? 50);
const NOTES = Number(process.env.NOTES ?? 100_000);
const EVENTS = Number(process.env.EVENTS ?? 10_000);
const ANALYST = { id: "scale-analyst", name: "Scale Analyst", email: "scale@example.test", role: "analyst" as const };

type Case = { name: string; run: () => Promise<unknown> };
type Figure = { p50: number; p99: number };

async function measure(work: () => Promise<unknown>): Promise<Figure> {
  for (let i = 0; i < 3; i++) await work();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await work();
    samples.push(performance.now() - started);
  }
  return { p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

/** A route handler's answer, read to the end; anything but 200 stops the run. */
async function call(handler: (request: Request) => Promise<Response>, path: string, headers: HeadersInit = {}) {
  const response = await handler(new Request(`http://localhost${path}`, { headers }));
  if (response.status !== 200) throw new Error(`${path} answered ${response.status}: ${await response.text()}`);
  return response.text();
}

async function cases(token: string): Promise<Case[]> {
  // Imported once DATABASE_URL names the benchmark's file: lib/db opens it on import.
  const { GET: events } = await import("../../app/api/events/route");
  const { GET: measures } = await import("../../app/api/measures/route");
  const { GET: measureApi } = await import("../../app/api/measures/[slug]/route");
  const { GET: search } = await import("../../app/api/search/route");
  const { listRecentEvents } = await import("../../lib/data/events");
  const { countVisibleNotes, listNotesFor } = await import("../../lib/data/notes");
  const { getCurrentStatus, listStatusHistory } = await import("../../lib/data/status");
  const { listTimelinePage } = await import("../../lib/data/timeline");
  const { decodeCursor } = await import("../../lib/validations/paging");
  const { NextRequest } = await import("next/server");
  const bearer = { authorization: `Bearer ${token}` };
  const slug = { params: Promise.resolve({ slug: "II-1" }) };
  const secondPage = async () => {
    const first = await listTimelinePage({ pillar: "II" });
    return listTimelinePage({ pillar: "II" }, first.older ? { after: decodeCursor(first.older)! } : {});
  };
  const searchAs = (q: string) => () =>
    search(new NextRequest(`http://localhost/api/search?q=${encodeURIComponent(q)}&lang=ko`, { headers: bearer })).then(
      (response) => response.text(),
    );
  return [
    { name: "GET /api/measures", run: () => call(measures, "/api/measures") },
    { name: "GET /api/measures/II-1", run: () => call((request) => measureApi(request, slug), "/api/measures/II-1") },
    { name: "GET /api/events (first 50)", run: () => call(events, "/api/events") },
    { name: "GET /api/events?measure=I-1", run: () => call(events, "/api/events?measure=I-1") },
    { name: "timeline, first page", run: () => listTimelinePage({}) },
    { name: "timeline, pillar II, page 1 + 2", run: secondPage },
    {
      name: "measure page reads (analyst)",
      run: () =>
        Promise.all([
          listNotesFor(ANALYST, { measureId: "II-1" }),
          listRecentEvents({ measure: "II-1" }, 10),
          getCurrentStatus("II-1"),
          listStatusHistory("II-1"),
        ]),
    },
    { name: "note counts (pillar/sector pages)", run: () => countVisibleNotes(ANALYST) },
    { name: "GET /api/search 전력 (analyst)", run: searchAs("전력") },
    { name: "GET /api/search 데이터센터 (analyst)", run: searchAs("데이터센터") },
    { name: "GET /api/search grid (analyst)", run: searchAs("grid") },
  ];
}

function ms(value: number) {
  return value.toFixed(2).padStart(7);
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-scale-"));
  const file = path.join(dir, "scale.db");
  try {
    await createSeededDatabase(file);
    process.env.DATABASE_URL = file;
    const { db } = await import("../../lib/db");
    const { issueApiToken } = await import("../../lib/auth/api-tokens");
    await db.user.create({ data: { id: ANALYST.id, name: ANALYST.name, email: ANALYST.email, role: ANALYST.role } });
    const { token } = await issueApiToken(db, ANALYST.id, "bench:scale");
    const list = await cases(token);

    const seeded = new Map<string, Figure>();
    for (const item of list) seeded.set(item.name, await measure(item.run));

    insertSyntheticNotes(file, NOTES);
    insertSyntheticEvents(file, EVENTS);
    const large = new Map<string, Figure>();
    for (const item of list) large.set(item.name, await measure(item.run));

    console.log(`\n${describeMachine()}`);
    console.log(`${RUNS} runs each, in process. ms: p50 / p99.\n`);
    const header = `${"read".padEnd(36)} ${"seeded p50".padStart(10)} ${"p99".padStart(7)}   ${`${NOTES / 1000}k+${EVENTS / 1000}k p50`.padStart(14)} ${"p99".padStart(7)}   ratio`;
    console.log(header);
    console.log("-".repeat(header.length));
    for (const item of list) {
      const [small, big] = [seeded.get(item.name)!, large.get(item.name)!];
      console.log(
        `${item.name.padEnd(36)} ${ms(small.p50).padStart(10)} ${ms(small.p99)}   ${ms(big.p50).padStart(14)} ${ms(big.p99)}   ${(big.p50 / small.p50).toFixed(2)}×`,
      );
    }
    await db.$disconnect();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runBenchmark(main);
