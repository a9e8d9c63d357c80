/**
 * Real SQLite databases for tests: built by the committed migrations and loaded from content/,
 * exactly as on a fresh install. No mocks.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createPrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/prisma/migrations-runner";

export function makeTempDir(prefix = "tracker-test-"): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

/** A migrated, seeded database file at `file`. */
export async function createSeededDatabase(file: string): Promise<void> {
  applyMigrations(file);
  const client = createPrismaClient(`file:${file}`);
  try {
    await syncContent(client, loadContent());
  } finally {
    await client.$disconnect();
  }
}

/** A copy of the template built once per run, so each test file starts from the same state. */
export function copyTemplateDatabase(target: string): void {
  const template = process.env.TEST_TEMPLATE_DB;
  if (!template) throw new Error("TEST_TEMPLATE_DB is not set: run the tests through vitest.config.ts");
  fs.copyFileSync(template, target);
}
