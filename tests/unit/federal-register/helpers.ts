/** The watch's tests: a fake Federal Register API and a database holding the fixture actions. */
import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { db } from "@/lib/db";
import { contentWithFixtureActions } from "@/tests/support/action-fixtures";

export const NOW = new Date("2026-11-30T12:00:00Z");

/** The slice of actions in tests/support/action-fixtures.ts (I-1, I-2), whatever content/ holds. */
export async function loadFixtureActions() {
  await syncContent(db, loadContent(contentWithFixtureActions()));
}

export async function resetWatch() {
  await db.$transaction([
    db.inboxCandidate.deleteMany({ where: { status: "new" } }),
    db.watchRun.deleteMany({ where: { candidates: { none: {} } } }),
  ]);
}
