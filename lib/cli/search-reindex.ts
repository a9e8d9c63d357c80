/** npm run search:reindex — rebuilds the full-text index of DATABASE_URL from its tables. */
import { createPrismaClient } from "../db/client";
import { databaseFile } from "../db/database-url";
import { rebuildSearchIndex } from "../search/reindex";

async function main() {
  const client = createPrismaClient();
  try {
    const documents = await rebuildSearchIndex(client);
    console.log(`Search index of ${databaseFile()}: ${documents} documents.`);
  } finally {
    await client.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
