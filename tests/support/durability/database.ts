/**
 * The database side of the durability checks: a fresh migrated and seeded file with one account
 * and API token per writer, and afterwards the proof: integrity_check and every acknowledged note.
 */
import Database from "better-sqlite3";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { createPrismaClient } from "@/lib/db/client";
import { createSeededDatabase } from "../test-database";
import type { Acknowledged } from "./writers";

export type WritersFixture = { slug: string; tokens: string[] };

export async function prepareWritersDatabase(file: string, writers: number): Promise<WritersFixture> {
  await createSeededDatabase(file);
  const client = createPrismaClient(`file:${file}`);
  try {
    const { slug } = await client.measure.findFirstOrThrow({ where: { id: "II-1" }, select: { slug: true } });
    const tokens: string[] = [];
    for (let i = 0; i < writers; i++) {
      const user = await client.user.create({
        data: { id: `writer-${i}`, name: `Writer ${i}`, email: `writer-${i}@example.com`, emailVerified: true },
        select: { id: true },
      });
      tokens.push((await issueApiToken(client, user.id, "durability")).token);
    }
    return { slug, tokens };
  } finally {
    await client.$disconnect();
  }
}

export type DurabilityReport = {
  integrity: string;
  journalMode: string;
  notes: number;
  acknowledged: number;
  missing: string[];
  altered: string[];
};

/** Opens the file as a fresh connection would after a restart and checks every acknowledged note. */
export function verifyWrites(file: string, acknowledged: Acknowledged[]): DurabilityReport {
  const sqlite = new Database(file, { readonly: true });
  try {
    const integrity = (sqlite.pragma("integrity_check") as { integrity_check: string }[])
      .map((row) => row.integrity_check)
      .join("; ");
    const journalMode = sqlite.pragma("journal_mode", { simple: true }) as string;
    const find = sqlite.prepare("SELECT body FROM Note WHERE id = ?");
    const missing: string[] = [];
    const altered: string[] = [];
    for (const { id, body } of acknowledged) {
      const row = find.get(id) as { body: string } | undefined;
      if (!row) missing.push(id);
      else if (row.body !== body) altered.push(id);
    }
    const notes = (sqlite.prepare("SELECT count(*) AS n FROM Note").get() as { n: number }).n;
    return { integrity, journalMode, notes, acknowledged: acknowledged.length, missing, altered };
  } finally {
    sqlite.close();
  }
}
