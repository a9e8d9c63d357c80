/**
 * npm run bench:tracker — the tracker table's server time on the seeded database.
 *
 * Builds a temporary database (migrations + content/), adds analysts' history on top (STATUS
 * changes per action, EVENTS events each linked to an action and its measure), then prints
 * p50/p95/p99 of what /{locale}/tracker reads and computes in process (every query, filtering,
 * sorting) and, unless SKIP_HTTP=1, of GET /en/tracker from the production build over loopback
 * (a new filter combination each request, so no cached page answers).
 *
 *   STATUS=3 EVENTS=2000 ROUNDS=60 npm run bench:tracker      (defaults shown)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { createSeededDatabase } from "../support/test-database";
import { runBenchmark } from "./run";
import { startProductionServer } from "./server";
import { describeMachine, percentile } from "./stats";

const STATUS = Number(process.env.STATUS ?? 3);
const EVENTS = Number(process.env.EVENTS ?? 2000);
const ROUNDS = Number(process.env.ROUNDS ?? 60);
const PORT = Number(process.env.BENCH_PORT ?? 3591);
const STATUSES = ["in-progress", "partially-implemented", "implemented", "not-started"];

function addHistory(file: string) {
  const sqlite = new Database(file);
  sqlite.exec(
    `INSERT INTO user (id, name, email, createdAt, updatedAt) VALUES ('bench', 'Bench', 'bench@example.test', 0, 0)`,
  );
  const actions = sqlite.prepare("SELECT id, measureId FROM Action ORDER BY sequence").all() as {
    id: string;
    measureId: string;
  }[];
  const status = sqlite.prepare(
    `INSERT INTO StatusChange (id, measureId, actionId, status, verified, reason, sourceUrls, authorId, createdAt)
     VALUES (?, ?, ?, ?, ?, 'bench', '["https://example.test/"]', 'bench', ?)`,
  );
  const event = sqlite.prepare(
    `INSERT INTO Event (id, type, occurredOn, titleEn, sourceUrl, createdById, createdAt, updatedAt)
     VALUES (?, 'report', ?, ?, 'https://example.test/', 'bench', ?, ?)`,
  );
  const eventAction = sqlite.prepare("INSERT INTO EventAction (eventId, actionId) VALUES (?, ?)");
  const eventMeasure = sqlite.prepare("INSERT OR IGNORE INTO EventMeasure (eventId, measureId) VALUES (?, ?)");
  sqlite.transaction(() => {
    actions.forEach((action, index) => {
      for (let n = 0; n < STATUS; n++) {
        const at = Date.UTC(2025, 8, 1 + n, 0, index);
        status.run(`s-${index}-${n}`, action.measureId, action.id, STATUSES[(index + n) % 4], (index + n) % 2, at);
      }
    });
    for (let n = 0; n < EVENTS; n++) {
      const action = actions[n % actions.length];
      const day = new Date(Date.UTC(2025, 7, 1) + (n % 400) * 86_400_000).toISOString().slice(0, 10);
      event.run(`e-${n}`, day, `Bench event ${n}`, Date.UTC(2025, 7, 1) + n, Date.UTC(2025, 7, 1) + n);
      eventAction.run(`e-${n}`, action.id);
      eventMeasure.run(`e-${n}`, action.measureId);
    }
  })();
  sqlite.close();
  return actions.length;
}

function report(label: string, samples: number[]) {
  const [p50, p95, p99] = [50, 95, 99].map((p) => percentile(samples, p));
  console.log(
    `${label.padEnd(40)} p50 ${p50.toFixed(2).padStart(7)} ms   p95 ${p95.toFixed(2).padStart(7)} ms   p99 ${p99.toFixed(2).padStart(7)} ms   (${samples.length} runs)`,
  );
}

const VIEWS = [
  "",
  "?sort=status&dir=desc",
  "?pillar=II",
  "?agency=doc",
  "?noLead=1",
  "?status=in-progress&verified=verified",
  "?sector=power&sort=changed&dir=desc",
  "?measure=I-5&sort=title",
];

async function benchInProcess() {
  const { listTrackerActions } = await import("../../lib/data/actions");
  const { listAgencies } = await import("../../lib/data/agencies");
  const { listTrackingOptions } = await import("../../lib/data/timeline-options");
  const { trackerQuerySchema } = await import("../../lib/validations/tracker");
  const samples: number[] = [];
  for (let round = -5; round < ROUNDS; round++) {
    const view = VIEWS[(round + VIEWS.length) % VIEWS.length];
    const query = trackerQuerySchema.parse(Object.fromEntries(new URLSearchParams(view)));
    const start = performance.now();
    await Promise.all([listTrackingOptions(), listAgencies(), listTrackerActions(query, "en")]);
    if (round >= 0) samples.push(performance.now() - start);
  }
  report("tracker data, in process (all views)", samples);
}

async function benchHttp(file: string) {
  const server = await startProductionServer(file, PORT, "/api/pillars");
  try {
    const samples: number[] = [];
    for (let round = -5; round < ROUNDS; round++) {
      // A parameter the page ignores makes each URL new, so the page cache never answers.
      const view = VIEWS[(round + VIEWS.length) % VIEWS.length];
      const url = `${server.base}/en/tracker${view || "?"}${view ? "&" : ""}bench=${round + 10}`;
      const start = performance.now();
      const response = await fetch(url);
      await response.text();
      if (!response.ok) throw new Error(`${url} answered ${response.status}`);
      if (round >= 0) samples.push(performance.now() - start);
    }
    report("GET /en/tracker over loopback", samples);
  } finally {
    await server.stop();
  }
}

async function main() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-tracker-"));
  const file = path.join(dir, "bench.db");
  try {
    await createSeededDatabase(file);
    const actions = addHistory(file);
    process.env.DATABASE_URL = file;
    console.log(describeMachine());
    console.log(`${actions} actions, ${actions * STATUS} status changes, ${EVENTS} events linked to actions`);
    await benchInProcess();
    if (!process.env.SKIP_HTTP) await benchHttp(file);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

runBenchmark(main);
