/**
 * One run of the Federal Register watch: every watch query asks the API for what was published
 * since the last successful run; the documents not seen before become inbox candidates. All the
 * fetching happens first; the candidates and the run's record are then written in one
 * transaction, so a failure anywhere writes no candidate and leaves the mark where it was (the
 * failed run is recorded on its own, with its one-line message).
 * Takes the Prisma client as an argument: the app passes lib/db's, the CLI its own.
 */
import { env } from "@/lib/env";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DOCUMENT_TYPE_CODES, type DocumentTypeCode } from "@/lib/validations/watch";
import {
  DEFAULT_API_URL,
  type FederalRegisterDocument,
  type FetchOptions,
  fetchDocuments,
  WatchFetchError,
} from "./api";
import { documentNumberOf } from "./mapping";
import { suggestActions } from "./suggestions";

/** The first run looks back this many days (docs/federal-register.md). */
export const FIRST_RUN_DAYS = 30;

export type WatchTrigger = "cli" | "admin";

export type WatchOutcome =
  | { ok: true; runId: string; since: string; fetched: number; added: number }
  | { ok: false; runId: string; since: string; message: string };

type Options = {
  trigger: WatchTrigger;
  triggeredById?: string | null;
  apiUrl?: string;
  now?: Date;
  fetchImpl?: typeof fetch;
  /** Per request; REQUEST_TIMEOUT_MS (15 s) unless a test shortens it. */
  timeoutMs?: number;
};

export function federalRegisterApiUrl(): string {
  return env.FEDERAL_REGISTER_API_URL ?? DEFAULT_API_URL;
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function parseList(json: string): string[] {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];
}

/**
 * Where this run starts: the day the last successful run started (that day is asked again, as
 * documents of the same day may have been published after it; the unique document number keeps
 * them from coming twice), else FIRST_RUN_DAYS before now.
 */
export async function watchStartDate(client: PrismaClient, now: Date): Promise<string> {
  const last = await client.watchRun.findFirst({
    where: { ok: true },
    orderBy: { startedAt: "desc" },
    select: { startedAt: true },
  });
  if (last) return isoDay(last.startedAt);
  return isoDay(new Date(now.getTime() - FIRST_RUN_DAYS * 24 * 60 * 60 * 1000));
}

type Found = { document: FederalRegisterDocument; queryActionIds: Set<string> };

async function fetchAll(client: PrismaClient, apiUrl: string, since: string, fetchOptions: FetchOptions) {
  const queries = await client.watchQuery.findMany({ orderBy: { createdAt: "asc" } });
  const found = new Map<string, Found>();
  for (const query of queries) {
    const documentTypes = parseList(query.documentTypes).filter((type): type is DocumentTypeCode =>
      (DOCUMENT_TYPE_CODES as readonly string[]).includes(type),
    );
    const documents = await fetchDocuments(
      apiUrl,
      { term: query.term, agencies: parseList(query.agencies), documentTypes },
      since,
      fetchOptions,
    );
    for (const document of documents) {
      const entry = found.get(document.document_number) ?? { document, queryActionIds: new Set<string>() };
      for (const id of parseList(query.actionIds)) entry.queryActionIds.add(id);
      found.set(document.document_number, entry);
    }
  }
  return [...found.values()];
}

function oneLine(error: unknown): string {
  if (error instanceof WatchFetchError) return error.message;
  const text = error instanceof Error ? error.message : String(error);
  return `The watch failed: ${text.split("\n")[0].slice(0, 300)}`;
}

export async function runFederalRegisterWatch(client: PrismaClient, options: Options): Promise<WatchOutcome> {
  const startedAt = options.now ?? new Date();
  const since = await watchStartDate(client, startedAt);
  const apiUrl = options.apiUrl ?? federalRegisterApiUrl();
  const base = { trigger: options.trigger, triggeredById: options.triggeredById ?? null, since, startedAt };
  try {
    const found = await fetchAll(client, apiUrl, since, { fetchImpl: options.fetchImpl, timeoutMs: options.timeoutMs });
    const suggestions = await suggestActions(client, found);
    return await client.$transaction(async (tx) => {
      const numbers = found.map((entry) => entry.document.document_number);
      const known = new Set(
        (
          await tx.inboxCandidate.findMany({
            where: { documentNumber: { in: numbers } },
            select: { documentNumber: true },
          })
        ).map((row) => row.documentNumber),
      );
      // Documents already on the timeline (seeded events name them "FR Doc …") are not news either.
      const onTimeline = await tx.event.findMany({
        where: { identifiers: { contains: "FR Doc " } },
        select: { identifiers: true },
      });
      for (const event of onTimeline)
        for (const identifier of parseList(event.identifiers)) {
          const number = documentNumberOf(identifier);
          if (number) known.add(number);
        }
      const fresh = found.filter((entry) => !known.has(entry.document.document_number));
      const run = await tx.watchRun.create({
        data: { ...base, finishedAt: new Date(), ok: true, fetched: found.length, added: fresh.length },
        select: { id: true },
      });
      await tx.inboxCandidate.createMany({
        data: fresh.map(({ document }) => ({
          documentNumber: document.document_number,
          title: document.title.normalize("NFC"),
          documentType: document.type,
          agencies: JSON.stringify(
            document.agencies.map((agency) => ({
              name: agency.name ?? agency.raw_name ?? agency.slug ?? "",
              slug: agency.slug ?? null,
            })),
          ),
          publicationDate: document.publication_date,
          abstract: document.abstract?.normalize("NFC") ?? null,
          htmlUrl: document.html_url,
          pdfUrl: document.pdf_url ?? null,
          suggestedActionIds: JSON.stringify(suggestions.get(document.document_number) ?? []),
          runId: run.id,
        })),
      });
      return { ok: true as const, runId: run.id, since, fetched: found.length, added: fresh.length };
    });
  } catch (error) {
    const message = oneLine(error);
    const run = await client.watchRun.create({
      data: { ...base, finishedAt: new Date(), ok: false, message },
      select: { id: true },
    });
    return { ok: false, runId: run.id, since, message };
  }
}
