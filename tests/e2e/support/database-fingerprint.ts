import { createHash } from "node:crypto";
import Database from "better-sqlite3";
import { E2E_DATABASE } from "./accounts";

/** The plan's tables: only the seed writes them, so any change during a test is a bug. */
const EDITORIAL_TABLES = [
  "Pillar",
  "Measure",
  "Sector",
  "MeasureSector",
  "KeyPolicy",
  "KeyPolicyMeasure",
  "SourceDocument",
  "SourceMeasure",
];

/** An analyst's rows in every table of analyst data, by the column naming them. */
const ANALYST_ROWS: Array<[table: string, column: string]> = [
  ["Note", "authorId"],
  ["NoteRevision", "editorId"],
  ["StatusChange", "authorId"],
  ["Event", "createdById"],
  ["EventRevision", "editorId"],
  ["Follow", "userId"],
  ["WhatsNewVisit", "userId"],
  ["ApiToken", "userId"],
];

/**
 * A read-only look at the e2e database: a hash of every editorial row, the rows one analyst owns,
 * and how many notes, events and status changes anywhere contain `marker`. Other spec files write
 * their own analyst data in parallel, so the analyst side is compared for one account and a marker.
 */
export function databaseFingerprint(userId: string, marker: string) {
  const sqlite = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
  try {
    const hash = createHash("sha256");
    for (const table of EDITORIAL_TABLES) {
      for (const row of sqlite.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).all())
        hash.update(JSON.stringify(row));
    }
    const owned = Object.fromEntries(
      ANALYST_ROWS.map(([table, column]) => [
        table,
        (sqlite.prepare(`SELECT count(*) AS n FROM "${table}" WHERE "${column}" = ?`).get(userId) as { n: number }).n,
      ]),
    );
    const like = `%${marker}%`;
    const marked = (
      sqlite
        .prepare(
          `SELECT (SELECT count(*) FROM Note WHERE body LIKE ?) + (SELECT count(*) FROM Event WHERE coalesce(titleEn, '') || coalesce(titleKo, '') LIKE ?)
        + (SELECT count(*) FROM StatusChange WHERE reason LIKE ?) + (SELECT count(*) FROM user WHERE name LIKE ? OR email LIKE ?) AS n`,
        )
        .get(like, like, like, like, like) as { n: number }
    ).n;
    return { editorial: hash.digest("hex"), owned, marked };
  } finally {
    sqlite.close();
  }
}

export function userIdByEmail(email: string): string {
  const sqlite = new Database(E2E_DATABASE, { readonly: true, fileMustExist: true });
  try {
    const row = sqlite.prepare("SELECT id FROM user WHERE email = ?").get(email) as { id: string } | undefined;
    if (!row) throw new Error(`no account ${email}`);
    return row.id;
  } finally {
    sqlite.close();
  }
}
