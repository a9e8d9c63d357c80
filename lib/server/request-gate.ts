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

/**
 * A POST to a page is a server action: from JavaScript (the Next-Action header) or a form posted
 * without it ($ACTION_ID_… fields). The API's and Better Auth's routes check their own posts.
 */
export function isActionPost(request: IncomingMessage): boolean {
  return request.method === "POST" && !(request.url ?? "").startsWith("/api/");
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
  if (isActionPost(request)) {
    const origin = request.headers.origin;
    if (origin !== undefined && hostOf(origin) !== request.headers.host)
      return { status: 403, message: "Cross-site requests are refused." };
    const length = request.headers["content-length"];
    if (length === undefined) return { status: 411, message: "Send the form with a Content-Length." };
    if (!(Number(length) <= ACTION_BODY_LIMIT)) return { status: 413, message: "The request body is too large." };
  }
  return null;
}

/**
 * Reads a server action's body (its length is known and at most 1 MB: refusalFor saw to it) and
 * puts it back on the stream for Next, so a body Next's decoder would crash on (malformed JSON
 * arguments, a multipart form cut short) is a 400 instead of a 500.
 */
export async function actionBodyRefusal(request: IncomingMessage): Promise<Refusal | null> {
  const length = Number(request.headers["content-length"]);
  const body = await new Promise<Buffer | null>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let total = 0;
    const done = (complete: boolean) => {
      request.off("readable", onReadable);
      request.off("end", onEnd);
      request.off("error", reject);
      const whole = Buffer.concat(chunks);
      if (complete) request.unshift(whole);
      resolve(complete ? whole : null);
    };
    const onReadable = () => {
      // Stop at the declared length, before the stream can report its end: the bytes go back.
      while (total < length) {
        const chunk: Buffer | null = request.read();
        if (chunk === null) break;
        chunks.push(chunk);
        total += chunk.length;
      }
      if (total >= length) done(true);
    };
    const onEnd = () => done(false); // shorter than its Content-Length
    request.on("readable", onReadable);
    request.on("end", onEnd);
    request.on("error", reject);
  });
  if (!body) return { status: 400, message: "The request body is shorter than its Content-Length." };
  // The boundary is case-sensitive (browsers send ----WebKitFormBoundary…): only the type is not.
  const type = String(request.headers["content-type"] ?? "");
  if (type.toLowerCase().startsWith("multipart/form-data")) {
    const boundary = /boundary="?([^";]+)"?/i.exec(type.replace(/^[^;]*/, ""))?.[1];
    const text = body.toString("latin1");
    if (!boundary || !text.startsWith(`--${boundary}`) || !text.trimEnd().endsWith(`--${boundary}--`))
      return { status: 400, message: "The form is not valid multipart/form-data." };
  } else if (request.headers["next-action"] !== undefined) {
    try {
      JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
    } catch {
      return { status: 400, message: "The action's arguments are not valid." };
    }
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
  // A refused body is drained so the client reads the answer; a huge or unbounded one is cut off.
  const declared = Number(request.headers["content-length"] ?? Number.NaN);
  if (refusal.status === 411 || !(declared <= 8 * ACTION_BODY_LIMIT)) response.setHeader("connection", "close");
  else request.resume();
  response.statusCode = refusal.status;
  response.end(request.method === "HEAD" ? undefined : body);
}
