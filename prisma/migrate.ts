/**
 * npm run db:migrate                 apply pending migrations to DATABASE_URL
 * npm run db:migrate:new -- <name>   write a new migration from changes to schema.prisma
 * npm run db:migrate:check           fail if schema.prisma and the migrations disagree
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { databaseFile } from "../lib/db/database-url";
import { applyMigrations, MIGRATIONS_DIR } from "./migrations-runner";

/** What the migrations alone produce, in a scratch database, compared with schema.prisma. */
export async function pendingSchemaChanges(): Promise<string> {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "migrate-"));
  try {
    const file = path.join(scratch, "scratch.db");
    applyMigrations(file);
    // An authoring tool (new, check): the schema engine is a devDependency, loaded only here, so
    // `db:migrate` (deploy) runs from a production install.
    const { diffDatabaseToSchema } = await import("./engine/schema-engine");
    return await diffDatabaseToSchema(file);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

function timestamp(): string {
  return new Date().toISOString().replace(/\D/g, "").slice(0, 14);
}

async function main(command = "deploy", name?: string): Promise<void> {
  if (command === "deploy") {
    const file = databaseFile();
    const applied = applyMigrations(file);
    console.log(applied.length ? `Applied ${applied.join(", ")} to ${file}` : `${file} is up to date.`);
    return;
  }
  const sql = await pendingSchemaChanges();
  if (command === "check") {
    if (sql) {
      console.error(`schema.prisma has changes no migration makes:\n${sql}`);
      process.exit(1);
    }
    console.log("The migrations and schema.prisma agree.");
    return;
  }
  if (command === "new") {
    if (!name || !/^[a-z0-9_]+$/.test(name)) {
      throw new Error("Name the migration in snake_case: npm run db:migrate:new -- add_notes");
    }
    if (!sql) {
      console.log("schema.prisma has no changes to migrate.");
      return;
    }
    const dir = path.join(MIGRATIONS_DIR, `${timestamp()}_${name}`);
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "migration.sql"), sql);
    console.log(`Wrote ${path.relative(process.cwd(), dir)}/migration.sql — review it, then run npm run db:migrate.`);
    return;
  }
  throw new Error(`Unknown command "${command}": use deploy, new or check.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv[2], process.argv[3]).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
