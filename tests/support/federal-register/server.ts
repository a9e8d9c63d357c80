/**
 * A local stand-in for the Federal Register API (GET /api/v1/documents.json), for tests only:
 * it filters its fixtures (./fixtures.ts) by the documented conditions, pages them with
 * next_page_url, and can be told to fail in each way the watch must survive. No database code
 * here: Playwright imports it too.
 */
import http from "node:http";
import type { AddressInfo } from "node:net";
import type { FixtureDocument } from "./fixtures";

export type FailureMode =
  | "none"
  | "network" // the connection is dropped without an answer
  | "timeout" // the answer never comes
  | "not-found" // 404
  | "server-error" // 500
  | "rate-limited" // 429 with Retry-After
  | "malformed-json" // 200 with a body that is not JSON
  | "wrong-shape" // 200 with JSON that is not the documented shape
  | "second-page-fails" // the first page answers, the second is a 500
  | "foreign-next-page"; // next_page_url points at another host

export type FakeFederalRegister = {
  url: string; // the API base, like https://www.federalregister.gov/api/v1
  requests: URL[];
  setDocuments(documents: FixtureDocument[]): void;
  setFailure(mode: FailureMode): void;
  /** The largest page the server returns, whatever per_page asks (the real API caps it too). */
  setPageSize(size: number): void;
  close(): Promise<void>;
};

const TYPE_CODES: Record<string, FixtureDocument["type"]> = {
  RULE: "Rule",
  PRORULE: "Proposed Rule",
  NOTICE: "Notice",
  PRESDOCU: "Presidential Document",
};

function matches(document: FixtureDocument, params: URLSearchParams): boolean {
  const term = params.get("conditions[term]")?.toLowerCase();
  if (term && !`${document.title} ${document.abstract ?? ""}`.toLowerCase().includes(term)) return false;
  const agencies = params.getAll("conditions[agencies][]");
  if (agencies.length && !document.agencies.some((agency) => agency.slug && agencies.includes(agency.slug)))
    return false;
  const types = params.getAll("conditions[type][]").map((code) => TYPE_CODES[code]);
  if (types.length && !types.includes(document.type)) return false;
  const since = params.get("conditions[publication_date][gte]");
  return !since || document.publication_date >= since;
}

function pick(document: FixtureDocument, fields: string[]): Partial<FixtureDocument> {
  if (!fields.length) return document;
  return Object.fromEntries(Object.entries(document).filter(([key]) => fields.includes(key)));
}

export async function startFakeFederalRegister(port = 0): Promise<FakeFederalRegister> {
  let documents: FixtureDocument[] = [];
  let failure: FailureMode = "none";
  let pageSize = 1000;
  const requests: URL[] = [];
  const hanging = new Set<http.ServerResponse>();

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? "/", `http://${request.headers.host}`);
    requests.push(url);
    if (url.pathname !== "/api/v1/documents.json") {
      response.writeHead(404, { "content-type": "application/json" }).end('{"errors":["not found"]}');
      return;
    }
    const page = Math.max(1, Number(url.searchParams.get("page") ?? 1));
    if (failure === "network") return void request.socket.destroy();
    if (failure === "timeout") return void hanging.add(response);
    if (failure === "not-found") return void response.writeHead(404).end("Not Found");
    if (failure === "server-error" || (failure === "second-page-fails" && page > 1))
      return void response.writeHead(500, { "content-type": "text/html" }).end("<h1>Internal Server Error</h1>");
    if (failure === "rate-limited")
      return void response.writeHead(429, { "retry-after": "60" }).end("Rate limit exceeded");
    if (failure === "malformed-json")
      return void response.writeHead(200, { "content-type": "application/json" }).end('{"count": 3, "results": [');
    if (failure === "wrong-shape")
      return void response
        .writeHead(200, { "content-type": "application/json" })
        .end(JSON.stringify({ count: 1, results: [{ document_number: 42, title: null }] }));

    const found = documents
      .filter((document) => matches(document, url.searchParams))
      .sort((a, b) => a.publication_date.localeCompare(b.publication_date));
    const perPage = Math.min(pageSize, Math.max(1, Number(url.searchParams.get("per_page") ?? 20)));
    const totalPages = Math.ceil(found.length / perPage);
    const body: Record<string, unknown> = {
      count: found.length,
      description: "Documents matching the test conditions",
      total_pages: totalPages,
    };
    if (found.length)
      body.results = found
        .slice((page - 1) * perPage, page * perPage)
        .map((document) => pick(document, url.searchParams.getAll("fields[]")));
    if (page < totalPages) {
      const next = new URL(url);
      next.searchParams.set("page", String(page + 1));
      if (failure === "foreign-next-page") next.hostname = "elsewhere.example.org";
      body.next_page_url = next.toString();
    }
    response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
  });

  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}/api/v1`,
    requests,
    setDocuments(next) {
      documents = next;
    },
    setFailure(mode) {
      failure = mode;
    },
    setPageSize(size) {
      pageSize = size;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy();
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
