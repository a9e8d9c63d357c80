/**
 * Synthetic analyst data for benchmarks, bulk-inserted with better-sqlite3 in one transaction
 * (the FTS triggers index every row as it goes in): notes in Korean and English, and events.
 */
import fs from "node:fs";
import Database from "better-sqlite3";
import { EVENT_TYPES } from "../../lib/validations/events";

// A small analyst's vocabulary, so notes read like notes and common words match many of them.
const KO = [
  "전력망",
  "투자",
  "데이터센터",
  "반도체",
  "수출통제",
  "보안",
  "국방부",
  "인허가",
  "원자력",
  "송전",
  "엔비디아",
  "공급망",
  "동맹국",
  "규제",
  "완화",
  "오픈소스",
  "모델",
  "평가",
  "인력",
  "양성",
  "사이버보안",
  "바이오",
  "로봇",
  "드론",
  "기초과학",
  "실적",
  "전망",
  "수혜",
  "확대",
  "발표",
];
const KO_ENDINGS = ["이", "가", "을", "를", "은", "는", "의", "에", "에서", "과", "와", "으로", ""];
const EN = [
  "grid",
  "investment",
  "data",
  "center",
  "semiconductor",
  "export",
  "controls",
  "security",
  "defense",
  "permitting",
  "nuclear",
  "transmission",
  "supply",
  "chain",
  "allies",
  "regulation",
  "open",
  "source",
  "model",
  "evaluation",
  "workforce",
  "cybersecurity",
  "biosecurity",
  "robotics",
  "drones",
  "science",
  "earnings",
  "outlook",
  "beneficiary",
  "expansion",
  "announcement",
  "nvidia",
  "utility",
  "capex",
];

/** mulberry32: a small seeded generator, so every run indexes the same corpus. */
export function makeRandom(seed: number) {
  let state = seed >>> 0;
  return (n: number) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((((t ^ (t >>> 14)) >>> 0) / 2 ** 32) * n) | 0;
  };
}

function syntheticNote(random: (n: number) => number): string {
  const korean = Array.from(
    { length: 12 + random(30) },
    () => KO[random(KO.length)] + KO_ENDINGS[random(KO_ENDINGS.length)],
  );
  const english = Array.from({ length: 6 + random(20) }, () => EN[random(EN.length)]);
  return random(3) === 0
    ? `${english.join(" ")}. ${korean.join(" ")}.`
    : `${korean.slice(0, 8).join(" ")}. ${english.join(" ")}. ${korean.slice(8).join(" ")}.`;
}

/** Inserts `count` notes by 20 synthetic analysts straight into `file`; the search triggers index them. */
export function insertSyntheticNotes(file: string, count: number) {
  const sqlite = new Database(file);
  const measures = sqlite
    .prepare("SELECT id FROM Measure")
    .all()
    .map((row) => (row as { id: string }).id);
  const insertUser = sqlite.prepare(
    "INSERT INTO user (id, name, email, role, createdAt, updatedAt) VALUES (?, ?, ?, 'analyst', 0, 0)",
  );
  const insertNote = sqlite.prepare(
    "INSERT INTO Note (id, body, visibility, measureId, authorId, createdAt, updatedAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
  );
  const random = makeRandom(42);
  const started = performance.now();
  sqlite.transaction(() => {
    for (let u = 0; u < 20; u++) insertUser.run(`bench-user-${u}`, `Analyst ${u}`, `analyst${u}@example.test`);
    for (let n = 0; n < count; n++) {
      const when = Date.UTC(2025, 7, 1) + n * 60_000;
      insertNote.run(
        `bench-note-${n}`,
        syntheticNote(random),
        random(4) === 0 ? "private" : "shared",
        measures[random(measures.length)],
        `bench-user-${random(20)}`,
        when,
        when,
      );
    }
  })();
  const seconds = (performance.now() - started) / 1000;
  sqlite.pragma("optimize");
  sqlite.exec("INSERT INTO search_index (search_index) VALUES ('optimize')");
  sqlite.close();
  console.log(
    `Corpus: 30 measures + ${count} notes, indexed through the triggers in ${seconds.toFixed(1)} s ` +
      `(${((seconds * 1e6) / count).toFixed(0)} µs per note); database ${(fs.statSync(file).size / 2 ** 20).toFixed(0)} MiB.`,
  );
}

/** Inserts `count` analysts' timeline events, each on one or two measures, straight into `file`. */
export function insertSyntheticEvents(file: string, count: number) {
  const sqlite = new Database(file);
  const measures = sqlite
    .prepare("SELECT id FROM Measure")
    .all()
    .map((row) => (row as { id: string }).id);
  const insertEvent = sqlite.prepare(
    `INSERT INTO Event (id, type, occurredOn, titleEn, titleKo, summaryEn, summaryKo, sourceUrl, createdById, createdAt, updatedAt)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
  );
  const link = sqlite.prepare("INSERT OR IGNORE INTO EventMeasure (eventId, measureId) VALUES (?, ?)");
  const random = makeRandom(7);
  const started = performance.now();
  sqlite.transaction(() => {
    for (let n = 0; n < count; n++) {
      const day = new Date(Date.UTC(2025, 6, 24) + random(480) * 86_400_000);
      const stamp = day.toISOString().replace("Z", "+00:00");
      const id = `bench-event-${n}`;
      insertEvent.run(
        id,
        EVENT_TYPES[random(EVENT_TYPES.length)],
        stamp.slice(0, 10),
        `${EN[random(EN.length)]} ${EN[random(EN.length)]} update ${n}`,
        `${KO[random(KO.length)]} ${KO[random(KO.length)]} 발표 ${n}`,
        null,
        null,
        `https://example.gov/events/${n}`,
        stamp,
        stamp,
      );
      link.run(id, measures[random(measures.length)]);
      if (random(3) === 0) link.run(id, measures[random(measures.length)]);
    }
  })();
  // Refresh the planner's statistics, as after any bulk import: taken with 4 events, they
  // would steer the timeline's queries away from its index.
  sqlite.pragma("optimize");
  sqlite.close();
  console.log(`Inserted ${count} events in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
}
