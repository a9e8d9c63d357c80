/**
 * A second process writing to the same file while the server serves, as a CLI script or a backup
 * would: transactions that read, then write (the kind SQLite refuses with SQLITE_BUSY when a
 * deferred read must be upgraded after another connection wrote). Prints what it wrote and every error.
 *   tsx tests/support/durability/side-writer.ts <db file> <duration ms>
 */
import { createPrismaClient } from "@/lib/db/client";
import type { Acknowledged } from "./writers";

const [file, duration] = process.argv.slice(2);
const client = createPrismaClient(`file:${file}`);
const acknowledged: Acknowledged[] = [];
const errors: Record<string, number> = {};
const latenciesMs: number[] = [];
const { id: measureId } = await client.measure.findFirstOrThrow({ where: { id: "II-1" }, select: { id: true } });
const endAt = Date.now() + Number(duration);

for (let sequence = 0; Date.now() < endAt; sequence++) {
  const body = `side process #${sequence}`;
  const started = performance.now();
  try {
    const note = await client.$transaction(async (tx) => {
      const mine = await tx.note.count({ where: { authorId: "writer-0" } });
      const created = await tx.note.create({
        data: { measureId, authorId: "writer-0", body, visibility: "private" },
        select: { id: true },
      });
      await tx.noteRevision.create({
        data: {
          noteId: created.id,
          number: 1,
          body: `${body} (${mine} before)`,
          visibility: "private",
          editorId: "writer-0",
        },
      });
      return created;
    });
    acknowledged.push({ id: note.id, body });
    latenciesMs.push(performance.now() - started);
  } catch (error) {
    const message = (error as Error).message.split("\n").at(-1)!.slice(0, 120);
    errors[message] = (errors[message] ?? 0) + 1;
  }
  await new Promise((resolve) => setTimeout(resolve, 5));
}
await client.$disconnect();
console.log(JSON.stringify({ acknowledged, errors, latenciesMs }));
