/**
 * npm run db:backup [-- <file>]   consistent online copy of DATABASE_URL (default: prisma/data/backups/<timestamp>.db)
 * npm run db:restore -- <file>    put a backup back into DATABASE_URL
 */
import path from "node:path";
import { backupDatabase, restoreDatabase } from "../db/backup";
import { databaseFile } from "../db/database-url";

async function main(command: string | undefined, file: string | undefined) {
  const live = databaseFile();
  if (command === "backup") {
    const stamp = new Date().toISOString().replace(/[:.]/g, "-");
    const target = path.resolve(file ?? `prisma/data/backups/tracker-${stamp}.db`);
    const report = await backupDatabase(live, target);
    console.log(`Backed up ${live} to ${report.file} (${report.pages} pages, ${report.bytes} bytes); integrity ok.`);
    return;
  }
  if (command === "restore") {
    if (!file) throw new Error("Name the backup to restore: npm run db:restore -- prisma/data/backups/<file>.db");
    const report = await restoreDatabase(path.resolve(file), live);
    console.log(`Restored ${path.resolve(file)} into ${report.file} (${report.pages} pages); integrity ok.`);
    return;
  }
  throw new Error('Use "backup" or "restore".');
}

main(process.argv[2], process.argv[3]).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
