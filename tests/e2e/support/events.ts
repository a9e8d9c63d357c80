import Database from "better-sqlite3";
import { E2E_DATABASE } from "./accounts";

const PREFIX = "e2e-paging-";

/**
 * Puts `count` analysts' events in the e2e database directly (the app has no bulk import), one a
 * day back from `lastDay`, so that a timeline filter has more than one page. Titles carry `label`.
 * Events an earlier run put there are removed first, so a reused server counts the same.
 */
export function insertEvents({
  count,
  measureId,
  type,
  label,
  lastDay,
}: {
  count: number;
  measureId: string;
  type: string;
  label: string;
  lastDay: string;
}) {
  const sqlite = new Database(E2E_DATABASE, { timeout: 5000 });
  try {
    const insert = sqlite.prepare(
      `INSERT INTO Event (id, type, occurredOn, titleEn, titleKo, sourceUrl, createdAt, updatedAt)
       VALUES (?, ?, ?, ?, ?, 'https://example.gov/paging', ?, ?)`,
    );
    const link = sqlite.prepare("INSERT INTO EventMeasure (eventId, measureId) VALUES (?, ?)");
    const now = new Date().toISOString().replace("Z", "+00:00");
    sqlite.transaction(() => {
      sqlite.prepare(`DELETE FROM EventMeasure WHERE eventId LIKE '${PREFIX}%'`).run();
      sqlite.prepare(`DELETE FROM Event WHERE id LIKE '${PREFIX}%'`).run();
      for (let n = 0; n < count; n++) {
        const id = `${PREFIX}${n}`;
        const day = new Date(Date.parse(`${lastDay}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
        insert.run(id, type, day, `${label} #${n + 1}`, `${label} #${n + 1}`, now, now);
        link.run(id, measureId);
      }
    })();
  } finally {
    sqlite.close();
  }
}
