/**
 * Requests refused before Next sees them, each with its 4xx and the security headers: Next would
 * otherwise answer them with a 500 (a TRACE, a path whose decoded form Next decodes again and
 * chokes on, a server action from another origin or with a body past its 1 MB limit).
 */
import type { IncomingMessage, ServerResponse } from "node:http";
import { SECURITY_HEADERS } from "@/lib/http/security-headers";

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);
/** Next's serverActions.bodySizeLimit, the default. */
export const ACTION_BODY_LIMIT = 1024 * 1024;

type Refusal = { status: number; message: string; headers?: Record<string, string> };

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** Whether a path can be routed: valid percent-encoding, and no `%` left that Next would decode again. */
function isRoutablePath(url: string): boolean {
  const pathname = url.split("?")[0];
  try {
    return !/%(?![0-9a-f]{2})/i.test(decodeURIComponent(pathname));
  } catch {
    return false;
  }
}

/** Why `request` is refused, or null to let Next answer it. */
export function refusalFor(request: IncomingMessage): Refusal | null {
  const method = request.method ?? "";
  if (!METHODS.has(method))
    return {
      status: 405,
      message: `${method.slice(0, 20)} is not answered here.`,
      headers: { Allow: [...METHODS].join(", ") },
    };
  if (!isRoutablePath(request.url ?? "/"))
    return { status: 400, message: "The address is not valid (bad percent-encoding)." };
  if (method === "POST" && request.headers["next-action"] !== undefined) {
    const origin = request.headers.origin;
    if (origin !== undefined && hostOf(origin) !== request.headers.host)
      return { status: 403, message: "Cross-site requests are refused." };
    const length = request.headers["content-length"];
    if (length === undefined) return { status: 411, message: "Send the form with a Content-Length." };
    if (!(Number(length) <= ACTION_BODY_LIMIT)) return { status: 413, message: "The request body is too large." };
  }
  return null;
}

/** Answers a refusal: JSON for the API and actions, text elsewhere, with the security headers. */
export function sendRefusal(request: IncomingMessage, response: ServerResponse, refusal: Refusal): void {
  const json = (request.url ?? "").startsWith("/api/") || request.headers["next-action"] !== undefined;
  const body = json ? JSON.stringify({ error: refusal.message }) : `${refusal.message}\n`;
  for (const { key, value } of SECURITY_HEADERS) response.setHeader(key, value);
  for (const [key, value] of Object.entries(refusal.headers ?? {})) response.setHeader(key, value);
  response.setHeader("content-type", json ? "application/json; charset=utf-8" : "text/plain; charset=utf-8");
  response.setHeader("content-length", Buffer.byteLength(body));
  response.setHeader("cache-control", "no-store");
  // The body of a refused upload is not read: close the connection rather than wait for it.
  if (refusal.status === 411 || refusal.status === 413) response.setHeader("connection", "close");
  response.statusCode = refusal.status;
  response.end(request.method === "HEAD" ? undefined : body);
}
