/**
 * Conditional GETs for the public API, feeds and exports: an ETag that is a hash of the body,
 * 304 when the client already has it, and a short shared cache lifetime.
 */
import { createHash } from "node:crypto";

export const PUBLIC_CACHE_CONTROL = "public, max-age=60, stale-while-revalidate=300";
/** For anything one person may read (private feeds, exports): no shared cache, no copy kept. */
export const PRIVATE_CACHE_CONTROL = "private, no-store";

export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 32)}"`;
}

/** True when If-None-Match names this ETag (or is "*"); weak validators compare equal too. */
export function isNotModified(request: Request, etag: string): boolean {
  const header = request.headers.get("if-none-match");
  if (!header) return false;
  return header.split(",").some((candidate) => {
    const tag = candidate.trim().replace(/^W\//, "");
    return tag === "*" || tag === etag;
  });
}

/** A 200 with the body, or a 304 without it, both carrying ETag and Cache-Control. */
export function cachedResponse(
  request: Request,
  body: string | Uint8Array,
  contentType: string,
  extra: HeadersInit = {},
): Response {
  const etag = etagOf(body);
  const headers = new Headers(extra);
  headers.set("ETag", etag);
  headers.set("Cache-Control", PUBLIC_CACHE_CONTROL);
  headers.set("Vary", "Accept-Encoding");
  if (isNotModified(request, etag)) return new Response(null, { status: 304, headers });
  headers.set("Content-Type", contentType);
  return new Response(body as BodyInit, { status: 200, headers });
}

/** JSON for the public API, pretty enough to read in a browser, with ETag and Cache-Control. */
export function cachedJson(request: Request, data: unknown, headers: HeadersInit = {}): Response {
  return cachedResponse(request, JSON.stringify(data, null, 2), "application/json; charset=utf-8", headers);
}
