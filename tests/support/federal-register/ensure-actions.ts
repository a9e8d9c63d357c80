/**
 * npx tsx tests/support/federal-register/ensure-actions.ts   (DATABASE_URL = the e2e database)
 * The inbox's journey needs recommended actions to link. Where content/actions is not written
 * yet (the database has none), loads the fixture slice of tests/support/action-fixtures.ts;
 * otherwise leaves the real ones alone.
 */
import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createPrismaClient } from "@/lib/db/client";
import { contentWithFixtureActions } from "@/tests/support/action-fixtures";

async function main() {
  const client = createPrismaClient();
  try {
    if ((await client.action.count()) === 0) await syncContent(client, loadContent(contentWithFixtureActions()));
  } finally {
    await client.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
