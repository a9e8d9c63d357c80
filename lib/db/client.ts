import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { resolveDatabaseUrl } from "./database-url";
import { serializedAdapter } from "./serialized-adapter";

/**
 * Builds a Prisma client on the better-sqlite3 driver. The app uses the single instance in
 * lib/db.ts; only CLI scripts (seed, benchmarks) and tests call this with their own URL.
 */
export function createPrismaClient(url: string = resolveDatabaseUrl()): PrismaClient {
  // timeout = busy_timeout: wait up to 5 s for another process's write lock (a CLI script, a backup).
  const adapter = serializedAdapter(new PrismaBetterSqlite3({ url, timeout: 5000 }));
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
