/**
 * npm start: everything a fresh clone needs to serve the app. Creates and migrates the SQLite
 * database, loads content/, builds when the build is missing or older than the sources, then
 * serves the build on PORT (default 3000), every interface (lib/cli/serve.ts: Next's handler
 * behind the anonymous-page cache).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { applyMigrations } from "../../prisma/migrations-runner";
import { loadContent } from "../content/load";
import { syncContent } from "../content/sync";
import { createPrismaClient } from "../db/client";
import { databaseFile } from "../db/database-url";

const SOURCES = [
  "app",
  "components",
  "lib",
  "content",
  "prisma/schema.prisma",
  "next.config.ts",
  "package-lock.json",
  "proxy.ts",
];
const NEXT_BIN = path.resolve("node_modules/.bin/next");

function newestModification(entry: string): number {
  if (!fs.existsSync(entry)) return 0;
  const stat = fs.statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  if (entry.endsWith(path.join("lib", "generated"))) return 0;
  return fs
    .readdirSync(entry)
    .reduce((newest, child) => Math.max(newest, newestModification(path.join(entry, child))), stat.mtimeMs);
}

function buildIsCurrent(): boolean {
  const buildId = path.resolve(".next/BUILD_ID");
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  return SOURCES.every((source) => newestModification(source) <= built);
}

async function main() {
  const file = databaseFile();
  const applied = applyMigrations(file);
  if (applied.length) console.log(`Database ${file}: applied ${applied.length} migration(s).`);

  const db = createPrismaClient();
  try {
    const report = await syncContent(db, loadContent());
    console.log(`Content: ${report.measures} measures, ${report.sectors} sectors, ${report.links} links.`);
  } finally {
    await db.$disconnect();
  }

  if (!buildIsCurrent()) {
    console.log("Building the app (next build)…");
    const build = spawnSync(NEXT_BIN, ["build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) process.exit(build.status ?? 1);
  }

  await import("./serve");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
