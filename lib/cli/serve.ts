/**
 * Serves the existing production build — what `npm start` ends with, without its migrate, seed
 * and build steps: for benchmarks and durability tests that prepared their own database.
 *
 *   tsx lib/cli/serve.ts [--port 3000] [--hostname 127.0.0.1]   (DATABASE_URL picks the database)
 */
import { parseArgs } from "node:util";
import { databaseFile } from "../db/database-url";

const { values } = parseArgs({ options: { port: { type: "string" }, hostname: { type: "string" } } });

// As `next start` does: React and Next load their production builds only under this value.
(process.env as Record<string, string>).NODE_ENV = "production";
const { serve } = await import("../server/http-server");
const { env } = await import("../env");
await serve({
  port: values.port ? Number(values.port) : env.PORT,
  hostname: values.hostname,
  databaseFile: databaseFile(),
});
