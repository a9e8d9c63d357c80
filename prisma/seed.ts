/** npm run db:seed (or prisma db seed): loads content/ into the database. */
import { loadContent } from "../lib/content/load";
import { syncContent } from "../lib/content/sync";
import { createPrismaClient } from "../lib/db/client";

async function main() {
  const content = loadContent();
  const db = createPrismaClient();
  try {
    const report = await syncContent(db, content);
    console.log(
      `Seeded ${report.pillars} pillars, ${report.measures} measures, ${report.sectors} sectors, ` +
        `${report.links} measure–sector links, ${report.events} seeded events, ${report.agencies} agencies and ` +
        `${report.actions} recommended actions, ${report.deadlines} deadlines and ${report.assessments} new editors' assessments; removed ${report.removed} stale rows.`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
