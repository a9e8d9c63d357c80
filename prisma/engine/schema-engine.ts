/**
 * Prisma's schema engine, compiled to WebAssembly (@prisma/schema-engine-wasm), driven directly.
 * The native engine cannot be downloaded here, so creating migrations and checking that the
 * migrations and schema.prisma agree go through this module instead of `prisma migrate`.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bindings from "@prisma/schema-engine-wasm/schema_engine_bg";
import { externalTables } from "../external-tables";

const require = createRequire(import.meta.url);
export const SCHEMA_PATH = path.resolve("prisma/schema.prisma");

let initialised: Promise<void> | undefined;

/** The package targets bundlers; in plain Node we instantiate its WebAssembly ourselves. */
function initialise(): Promise<void> {
  initialised ??= (async () => {
    const bindingsFile = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmFile = path.join(path.dirname(bindingsFile), "schema_engine_bg.wasm");
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmFile), {
      "./schema_engine_bg.js": bindings,
    });
    bindings.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  })();
  return initialised;
}

/**
 * Returns the SQL that takes the SQLite database at `databaseFile` to what schema.prisma
 * describes: an empty string when the two already agree. FTS tables are left alone.
 */
export async function diffDatabaseToSchema(databaseFile: string): Promise<string> {
  await initialise();
  const schema = { path: SCHEMA_PATH, content: fs.readFileSync(SCHEMA_PATH, "utf8") };
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaBetterSqlite3({ url: `file:${databaseFile}` }));
  const engine = await bindings.SchemaEngine.new({ datamodels: [[schema.path, schema.content]] }, () => {}, adapter);
  try {
    const result = await engine.diff({
      from: { tag: "schemaDatasource", files: [schema], configDir: path.dirname(SCHEMA_PATH) },
      to: { tag: "schemaDatamodel", files: [schema] },
      script: true,
      exitCode: true,
      filters: { externalTables: withFtsShadowTables(externalTables), externalEnums: [] },
    });
    return result.exitCode === 0 ? "" : (result.stdout ?? "");
  } finally {
    engine.free();
  }
}

/** An FTS5 table keeps its data in five shadow tables the engine would otherwise drop. */
function withFtsShadowTables(tables: string[]): string[] {
  const shadows = ["config", "content", "data", "docsize", "idx"];
  return tables.flatMap((table) => [table, ...shadows.map((suffix) => `${table}_${suffix}`)]);
}
