/**
 * The Federal Register's public documents API (GET {base}/documents.json, no key), as its
 * documentation describes it: conditions[term], conditions[agencies][], conditions[type][],
 * conditions[publication_date][gte], per_page, page, fields[]; answers carry count,
 * total_pages, results and, when there is another page, next_page_url.
 * No server-only marker: `npm run watch:federal-register` runs this outside Next.
 */
import { z } from "zod";
import type { DocumentTypeCode } from "@/lib/validations/watch";

export const DEFAULT_API_URL = "https://www.federalregister.gov/api/v1";
export const REQUEST_TIMEOUT_MS = 15_000;
export const PER_PAGE = 100;
/** A run gives up past this many pages for one query rather than walk the archive. */
export const MAX_PAGES = 20;

const FIELDS = [
  "document_number",
  "title",
  "type",
  "abstract",
  "agencies",
  "publication_date",
  "html_url",
  "pdf_url",
] as const;

const agencySchema = z.object({
  name: z.string().nullish(),
  raw_name: z.string().nullish(),
  slug: z.string().nullish(),
});

const documentSchema = z.object({
  document_number: z.string().trim().min(1).max(40),
  title: z.string().trim().min(1).max(2000),
  type: z.string().trim().min(1).max(60),
  abstract: z.string().nullish(),
  agencies: z.array(agencySchema).default([]),
  publication_date: z.iso.date(),
  html_url: z.url({ protocol: /^https?$/ }),
  pdf_url: z.url({ protocol: /^https?$/ }).nullish(),
});

const pageSchema = z.object({
  count: z.number().int().nonnegative(),
  total_pages: z.number().int().nonnegative().optional(),
  // An empty answer may leave `results` out.
  results: z.array(documentSchema).default([]),
  next_page_url: z.url({ protocol: /^https?$/ }).nullish(),
});

export type FederalRegisterDocument = z.output<typeof documentSchema>;

export type DocumentQuery = { term: string | null; agencies: string[]; documentTypes: DocumentTypeCode[] };

/** Why a run stopped: `message` is the one line the CLI prints and the admin page shows. */
export class WatchFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "WatchFetchError";
  }
}

/** The first page's address for a query and a start date. */
export function documentsUrl(base: string, query: DocumentQuery, since: string): URL {
  const url = new URL(`${base.replace(/\/+$/, "")}/documents.json`);
  const params = url.searchParams;
  params.set("per_page", String(PER_PAGE));
  params.set("order", "oldest");
  params.set("conditions[publication_date][gte]", since);
  if (query.term) params.set("conditions[term]", query.term);
  for (const agency of query.agencies) params.append("conditions[agencies][]", agency);
  for (const type of query.documentTypes) params.append("conditions[type][]", type);
  for (const field of FIELDS) params.append("fields[]", field);
  return url;
}

export type FetchOptions = { fetchImpl?: typeof fetch; timeoutMs?: number };

async function fetchPage(url: URL, { fetchImpl = fetch, timeoutMs = REQUEST_TIMEOUT_MS }: FetchOptions) {
  const timedOut = () => new WatchFetchError(`The Federal Register API did not answer within ${timeoutMs / 1000} s.`);
  let response: Response;
  try {
    // One bound for the whole answer, headers and body alike.
    response = await fetchImpl(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError" || name === "AbortError") throw timedOut();
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    throw new WatchFetchError(`The Federal Register API could not be reached (${url.host}${cause}).`);
  }
  if (response.status === 429) {
    const retry = response.headers.get("retry-after");
    throw new WatchFetchError(
      `The Federal Register API is rate limiting us (429)${retry ? `; retry after ${retry} s` : ""}.`,
    );
  }
  if (!response.ok) throw new WatchFetchError(`The Federal Register API answered ${response.status}.`);
  let body: unknown;
  try {
    body = await response.json();
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError" || name === "AbortError") throw timedOut();
    throw new WatchFetchError("The Federal Register API answered with malformed JSON.");
  }
  const parsed = pageSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue.path.length ? ` at ${issue.path.join(".")}` : "";
    throw new WatchFetchError(`The Federal Register API answered in an unexpected shape${where}: ${issue.message}`);
  }
  return parsed.data;
}

/**
 * Every document a query finds published on or after `since`, following next_page_url. A next
 * page on another host than the configured API is refused: the address comes from the answer.
 */
export async function fetchDocuments(
  base: string,
  query: DocumentQuery,
  since: string,
  options: FetchOptions = {},
): Promise<FederalRegisterDocument[]> {
  const first = documentsUrl(base, query, since);
  const documents: FederalRegisterDocument[] = [];
  let next: URL | null = first;
  for (let page = 1; next; page++) {
    if (page > MAX_PAGES)
      throw new WatchFetchError(`A query found more than ${MAX_PAGES * PER_PAGE} documents: narrow it down.`);
    const answer = await fetchPage(next, options);
    documents.push(...answer.results);
    next = answer.next_page_url ? new URL(answer.next_page_url) : null;
    if (next && next.origin !== first.origin)
      throw new WatchFetchError(`The Federal Register API sent a next page on another host (${next.host}).`);
  }
  return documents;
}
