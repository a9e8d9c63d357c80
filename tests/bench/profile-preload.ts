/**
 * Loaded into the production server by `npm run bench:profile` only (node --import): SIGUSR2 starts
 * V8's CPU profiler on the server's own thread, the next SIGUSR2 stops it and writes the profile to
 * CPU_PROFILE_FILE, with the number of SQL statements the server prepared meanwhile (every query
 * Prisma's SQLite adapter runs prepares one). The app's code is not touched.
 */
import fs from "node:fs";
import inspector from "node:inspector/promises";
import { createRequire } from "node:module";

// The same module instance the adapter loads (Node's CommonJS cache), so its prepare() is counted.
const Database = createRequire(`${process.cwd()}/package.json`)("better-sqlite3");
const prepare = Database.prototype.prepare;
let bySql = new Map<string, number>();
Database.prototype.prepare = function countedPrepare(this: unknown, ...args: unknown[]) {
  const sql = String(args[0]).replace(/\s+/g, " ").slice(0, 160);
  bySql.set(sql, (bySql.get(sql) ?? 0) + 1);
  return prepare.apply(this, args);
};

const file = process.env.CPU_PROFILE_FILE;
const session = new inspector.Session();
session.connect();
let running = false;

process.on("SIGUSR2", async () => {
  if (!file) return;
  if (!running) {
    await session.post("Profiler.enable");
    await session.post("Profiler.setSamplingInterval", { interval: 200 }); // µs
    await session.post("Profiler.start");
    bySql = new Map();
    running = true;
    return;
  }
  running = false;
  const { profile } = await session.post("Profiler.stop");
  fs.writeFileSync(`${file}.tmp`, JSON.stringify({ ...profile, bySql: [...bySql].sort((a, b) => b[1] - a[1]) }));
  fs.renameSync(`${file}.tmp`, file); // appears whole, so the bench can wait for it
});
