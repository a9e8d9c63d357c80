/**
 * What every anonymous reader gets is the same page: the same measure, the same events, the same
 * status — only the Content-Security-Policy nonce differs, and it must (a nonce that repeats is no
 * nonce). Rendering that page per request costs ≈ 10 ms of CPU; copying it costs microseconds.
 *
 * So the server keeps the response Next rendered for an anonymous GET and replays it to the next
 * anonymous reader with a fresh nonce put in place of the old one, in the body and in the headers.
 * An entry is used only while the database is unchanged (SQLite's data_version, which moves when
 * any other connection commits: this server's Prisma client, a CLI seed, another process) and for
 * at most a minute. Signed-in requests, client-side navigations (RSC), server actions and anything
 * that is not a plain 200 are never stored and never answered from here.
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import zlib from "node:zlib";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache";
import { createNonce, nonceInPolicy } from "@/lib/http/content-security-policy";
import { gzipBody, type PreparedBody, plainBody, prepareBody } from "./prepared-body";

type Entry = {
  status: number;
  /** Headers without the nonce; `withNonce` are split where the first render's nonce was. */
  headers: [string, string | string[]][];
  withNonce: [string, string[]][];
  /** The body as Next sent it, split at the first render's nonce, plain and compressed. */
  body: PreparedBody;
  nonce: string | null;
  version: number;
  storedAt: number;
};

export type PageCacheOptions = {
  /** Changes whenever the database does; entries stored under another version are stale. */
  dataVersion(): number;
  maxEntries?: number;
  maxBytes?: number;
  maxAgeMs?: number;
  now?(): number;
};

/** The only cookie an anonymous reader may carry and still share a page: the language choice. */
const SHARED_COOKIE = /^NEXT_LOCALE=/;
/** Headers of a client-side navigation, prefetch or server action: per-request RSC answers. */
const PER_REQUEST_HEADERS = [
  "rsc",
  "next-router-state-tree",
  "next-router-prefetch",
  "next-router-segment-prefetch",
  "next-action",
  "next-url",
  "authorization",
  "if-none-match",
  "if-modified-since",
  "range",
];
const MAX_URL_LENGTH = 2048;
/** Set by Node for the connection; never replayed. */
const HOP_HEADERS = new Set([
  "connection",
  "keep-alive",
  "transfer-encoding",
  "date",
  "content-length",
  "content-encoding",
]);
/** Pages and JSON: text, where a nonce may need replacing. */
const TEXTUAL = /^(text\/html|application\/json)/;

function cookiesAreShared(header: string | undefined): boolean {
  if (!header) return true;
  return header
    .split(";")
    .map((part) => part.trim())
    .filter(Boolean)
    .every((cookie) => SHARED_COOKIE.test(cookie));
}

/** The key an anonymous GET is stored under, or null when its answer may be personal. */
export function cacheKeyFor(request: IncomingMessage): string | null {
  // Long addresses (crafted query strings) are rendered, not kept: keys stay small.
  if (request.method !== "GET" || !request.url || request.url.length > MAX_URL_LENGTH) return null;
  if (PER_REQUEST_HEADERS.some((name) => request.headers[name] !== undefined)) return null;
  if (!cookiesAreShared(request.headers.cookie)) return null;
  const url = request.url;
  const pathname = url.split("?")[0];
  // Files (a dot in the path: static files, feeds, exports, icons) are Next's to serve.
  if (
    pathname.includes(".") ||
    pathname.startsWith("/api/auth") ||
    pathname.startsWith("/_next/") ||
    /[?&]_rsc=/.test(url) ||
    // A private feed key (or anything named key) makes an address personal.
    /[?&]key=/i.test(url)
  )
    return null;
  // Absolute links in the page (hreflang alternates, feeds) are built from these.
  const origin = [request.headers.host, request.headers["x-forwarded-host"], request.headers["x-forwarded-proto"]].join(
    "|",
  );
  return `${origin} ${url}`;
}

function acceptsGzip(request: IncomingMessage): boolean {
  return /\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""));
}

/** Headers worth replaying: no hop-by-hop ones, and only the shared language cookie. */
function storableHeaders(response: ServerResponse): [string, string | string[]][] | null {
  const headers: [string, string | string[]][] = [];
  for (const [name, value] of Object.entries(response.getHeaders())) {
    if (value === undefined || HOP_HEADERS.has(name)) continue;
    if (name === "set-cookie") {
      const cookies = ([] as string[]).concat(value as string | string[]);
      if (!cookies.every((cookie) => SHARED_COOKIE.test(cookie))) return null;
    }
    headers.push([name, Array.isArray(value) ? value.map(String) : String(value)]);
  }
  return headers;
}

/**
 * A response the app marks as one person's (PRIVATE_CACHE_CONTROL: private feeds, exports, the
 * API's signed-in answers) is never kept, whatever its address. Next's own "private, no-cache,
 * no-store, …" on every dynamic page is not that mark: anonymous pages are what this cache is for.
 */
export function isShareable(response: Pick<ServerResponse, "getHeader">): boolean {
  return String(response.getHeader("cache-control") ?? "").trim() !== PRIVATE_CACHE_CONTROL;
}

export function createPageCache(options: PageCacheOptions) {
  const { dataVersion, maxEntries = 500, maxBytes = 64 * 1024 * 1024, maxAgeMs = 60_000, now = Date.now } = options;
  const entries = new Map<string, Entry>();
  let bytes = 0;

  function forget(key: string) {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.bytes;
    entries.delete(key);
  }

  function remember(key: string, entry: Entry) {
    forget(key);
    entries.set(key, entry);
    bytes += entry.body.bytes;
    for (const oldest of entries.keys()) {
      if (entries.size <= maxEntries && bytes <= maxBytes) break;
      forget(oldest);
    }
  }

  function fresh(key: string, version: number): Entry | null {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.version !== version || now() - entry.storedAt > maxAgeMs) {
      forget(key);
      return null;
    }
    // Least recently used goes first: move a hit to the end.
    entries.delete(key);
    entries.set(key, entry);
    return entry;
  }

  /** Writes the entry with a fresh nonce: buffers copied, nothing compressed (see prepared-body.ts). */
  function replay(entry: Entry, request: IncomingMessage, response: ServerResponse) {
    const nonce = entry.nonce ? createNonce() : "";
    for (const [name, value] of entry.headers) response.setHeader(name, value);
    for (const [name, parts] of entry.withNonce) response.setHeader(name, parts.join(nonce));
    const gzip = entry.body.bytes > 1024 && acceptsGzip(request);
    const body = gzip ? gzipBody(entry.body, nonce) : plainBody(entry.body, nonce);
    if (gzip) response.setHeader("content-encoding", "gzip");
    response.setHeader("content-length", body.length);
    response.setHeader("x-page-cache", "hit");
    response.statusCode = entry.status;
    response.end(body);
  }

  function prepareEntry(response: ServerResponse, chunks: Buffer[], version: number): Entry | null {
    const headers = storableHeaders(response);
    if (!headers) return null;
    let raw = Buffer.concat(chunks);
    // Next compressed the answer for this client: the cache keeps the plain bytes.
    const encoding = String(response.getHeader("content-encoding") ?? "");
    if (encoding === "gzip") raw = zlib.gunzipSync(raw);
    else if (encoding === "br") raw = zlib.brotliDecompressSync(raw);
    else if (encoding) return null;
    const nonce = nonceInPolicy(String(response.getHeader("content-security-policy") ?? ""));
    // A replay may be compressed or not: shared caches must key on Accept-Encoding too.
    const vary = headers.find(([name]) => name === "vary")?.[1];
    const varies = vary ? String(vary) : "";
    const kept: [string, string | string[]][] = [
      ...headers.filter(([name]) => name !== "x-page-cache" && name !== "vary"),
      ["vary", /accept-encoding/i.test(varies) ? varies : [varies, "Accept-Encoding"].filter(Boolean).join(", ")],
    ];
    const hasNonce = (value: string | string[]) => nonce !== null && typeof value === "string" && value.includes(nonce);
    return {
      status: 200,
      headers: kept.filter(([, value]) => !hasNonce(value)),
      withNonce: kept
        .filter(([, value]) => hasNonce(value))
        .map(([name, value]) => [name, String(value).split(nonce as string)]),
      body: prepareBody(raw, nonce),
      nonce,
      version,
      storedAt: now(),
    };
  }

  /** Sends what Next sends, and keeps a copy when it is a shareable 200. */
  function record(key: string, version: number, response: ServerResponse) {
    const chunks: Buffer[] = [];
    const write = response.write.bind(response) as (...args: unknown[]) => boolean;
    const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
    const keep = (chunk: unknown, encoding?: unknown) => {
      if (chunk === undefined || chunk === null || typeof chunk === "function") return;
      chunks.push(
        typeof chunk === "string"
          ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8")
          : Buffer.from(chunk as Uint8Array),
      );
    };
    response.setHeader("x-page-cache", "miss");
    response.write = ((chunk: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      return write(chunk, ...rest);
    }) as typeof response.write;
    response.end = ((chunk?: unknown, ...rest: unknown[]) => {
      keep(chunk, rest[0]);
      const result = end(chunk, ...rest);
      if (
        response.statusCode === 200 &&
        TEXTUAL.test(String(response.getHeader("content-type") ?? "")) &&
        isShareable(response)
      ) {
        const entry = prepareEntry(response, chunks, version);
        if (entry) remember(key, entry);
      }
      return result;
    }) as typeof response.end;
  }

  return {
    /** Answers from the cache, or lets `render` answer (and keeps the result when it may). */
    handle(request: IncomingMessage, response: ServerResponse, render: () => unknown) {
      const key = cacheKeyFor(request);
      if (!key) return render();
      const version = dataVersion();
      const entry = fresh(key, version);
      if (entry) return replay(entry, request, response);
      record(key, version, response);
      return render();
    },
    get size() {
      return entries.size;
    },
  };
}

export type PageCache = ReturnType<typeof createPageCache>;
