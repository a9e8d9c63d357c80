/**
 * npm run db:setup — migrate and seed the database (DATABASE_URL), as `npm start` does first,
 * under the same lock (lib/db/prepare.ts), so it is safe beside a starting server.
 */
import { databaseFile } from "../db/database-url";
import { prepareDatabase } from "../db/prepare";

prepareDatabase(databaseFile()).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
