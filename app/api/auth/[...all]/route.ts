import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";
import { jsonError, withErrorHandling } from "@/lib/http/responses";

const handlers = toNextJsHandler(auth);

/**
 * Better Auth's own per-IP limiter answers 429 with a non-standard X-Retry-After header; clients
 * and proxies read Retry-After, so it is copied (the sign-in lockout sets Retry-After itself).
 * It also answers unknown paths with an empty 404; the API's clients get `{ error }` everywhere.
 */
async function normalize(response: Response): Promise<Response> {
  if (response.status < 400) return response;
  const retryAfter = response.headers.get("retry-after") ?? response.headers.get("x-retry-after");
  if (response.headers.get("content-type")?.includes("json")) {
    if (response.status !== 429 || !retryAfter || response.headers.has("retry-after")) return response;
    const headers = new Headers(response.headers);
    headers.set("Retry-After", retryAfter);
    return new Response(response.body, { status: 429, statusText: response.statusText, headers });
  }
  const message =
    response.status === 404
      ? "Not found."
      : response.status === 429
        ? "Too many requests."
        : "The request was refused.";
  return jsonError(response.status, message, undefined, retryAfter ? { "Retry-After": retryAfter } : undefined);
}

export function GET(request: Request) {
  return withErrorHandling(async () => normalize(await handlers.GET(request)));
}

export function POST(request: Request) {
  return withErrorHandling(async () => normalize(await handlers.POST(request)));
}
