import { toNextJsHandler } from "better-auth/next-js";
import { auth } from "@/lib/auth/auth";

const handlers = toNextJsHandler(auth);

/**
 * Better Auth's own per-IP limiter answers 429 with a non-standard X-Retry-After header; clients
 * and proxies read Retry-After, so it is copied (the sign-in lockout sets Retry-After itself).
 */
async function withRetryAfter(response: Response): Promise<Response> {
  const retryAfter = response.headers.get("x-retry-after");
  if (response.status !== 429 || !retryAfter || response.headers.has("retry-after")) return response;
  const headers = new Headers(response.headers);
  headers.set("Retry-After", retryAfter);
  return new Response(response.body, { status: 429, statusText: response.statusText, headers });
}

export const GET = async (request: Request) => withRetryAfter(await handlers.GET(request));
export const POST = async (request: Request) => withRetryAfter(await handlers.POST(request));
