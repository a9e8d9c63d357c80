/**
 * npm start: everything a fresh clone needs to serve the app. Creates and migrates the SQLite
 * database and loads content/ (one process at a time: lib/db/prepare.ts), builds when the build is missing or older than the sources, then
 * serves the build on PORT (default 3000), every interface (lib/cli/serve.ts: Next's handler
 * behind the anonymous-page cache).
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { databaseFile } from "../db/database-url";
import { prepareDatabase, withLockFile } from "../db/prepare";

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
  // Two starts on one database take turns here (a lock file beside it).
  await prepareDatabase(databaseFile());

  // And take turns building: the second start finds the first one's build current.
  await withLockFile(path.resolve(".next-build.prepare-lock"), async () => {
    if (buildIsCurrent()) return;
    console.log("Building the app (next build)…");
    const build = spawnSync(NEXT_BIN, ["build"], { stdio: "inherit", env: process.env });
    if (build.status !== 0) throw new Error(`next build failed (${build.status})`);
  });

  await import("./serve");
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
