import path from "node:path";
import { defineConfig } from "prisma/config";
import { resolveDatabaseUrl } from "./lib/db/database-url";
import { externalTables } from "./prisma/external-tables";

// Prisma's CLI downloads a native schema engine, which this offline machine cannot reach.
// `generate`, `validate` and `format` only need the variable to name a file; migrations go
// through `npm run db:migrate` (prisma/migrate.ts), which drives the WebAssembly engine.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.resolve("prisma/engine/schema-engine-offline.cjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "tsx prisma/seed.ts",
  },
  datasource: { url: resolveDatabaseUrl() },
  experimental: { externalTables: true },
  tables: { external: externalTables },
});
