import "server-only";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { runFederalRegisterWatch } from "@/lib/federal-register/run-watch";
import { type WatchQueryData, watchQuerySchema } from "@/lib/validations/watch";

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.map(String) : [];
}

export async function listWatchQueries() {
  const rows = await db.watchQuery.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, term: true, agencies: true, documentTypes: true, actionIds: true, createdAt: true },
  });
  return rows.map((row) => ({
    ...row,
    agencies: parseList(row.agencies),
    documentTypes: parseList(row.documentTypes),
    actionIds: parseList(row.actionIds),
  }));
}

export type WatchQueryRow = Awaited<ReturnType<typeof listWatchQueries>>[number];

/** Adds a watch query (input checked by the same schema as the form). */
export async function createWatchQuery(actorId: string, input: unknown) {
  const query: WatchQueryData = watchQuerySchema.parse(input);
  return db.watchQuery.create({
    data: {
      term: query.term,
      agencies: JSON.stringify(query.agencies),
      documentTypes: JSON.stringify(query.documentTypes),
      actionIds: JSON.stringify(query.actionIds),
      createdById: actorId,
    },
    select: { id: true },
  });
}

export async function deleteWatchQuery(queryId: string) {
  const { count } = await db.watchQuery.deleteMany({ where: { id: queryId } });
  if (!count) throw new NotFoundError("There is no such watch query.");
}

/** The newest runs, and the newest successful one (the mark the next run starts from). */
export async function getWatchRunSummary(take = 10) {
  const select = {
    id: true,
    trigger: true,
    since: true,
    startedAt: true,
    finishedAt: true,
    ok: true,
    fetched: true,
    added: true,
    message: true,
    triggeredBy: { select: { name: true } },
  } as const;
  const [recent, lastSuccess] = await Promise.all([
    db.watchRun.findMany({ orderBy: { startedAt: "desc" }, take, select }),
    db.watchRun.findFirst({ where: { ok: true }, orderBy: { startedAt: "desc" }, select }),
  ]);
  return { recent, lastSuccess };
}

/** The admin page's "Run now": the same run as `npm run watch:federal-register`. */
export async function runWatchNow(actorId: string) {
  return runFederalRegisterWatch(db, { trigger: "admin", triggeredById: actorId });
}
