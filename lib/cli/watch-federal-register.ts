/**
 * npm run watch:federal-register   (for cron)
 * Fetches the Federal Register documents published since the last successful run into the
 * inbox (docs/federal-register.md). FEDERAL_REGISTER_API_URL changes the API's address.
 * Prints one line; exits 1 when the run failed (nothing was written but the failed run's record).
 */
import { applyMigrations } from "../../prisma/migrations-runner";
import { createPrismaClient } from "../db/client";
import { databaseFile } from "../db/database-url";
import { federalRegisterApiUrl, runFederalRegisterWatch } from "../federal-register/run-watch";

async function main(): Promise<number> {
  applyMigrations(databaseFile());
  const client = createPrismaClient();
  try {
    const outcome = await runFederalRegisterWatch(client, { trigger: "cli" });
    if (!outcome.ok) {
      console.error(`Federal Register watch failed (since ${outcome.since}): ${outcome.message}`);
      return 1;
    }
    console.log(
      `Federal Register watch: ${outcome.fetched} document(s) published since ${outcome.since} at ${federalRegisterApiUrl()}, ${outcome.added} new in the inbox.`,
    );
    return 0;
  } finally {
    await client.$disconnect();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`Federal Register watch failed: ${error instanceof Error ? error.message.split("\n")[0] : error}`);
    process.exit(1);
  },
);
