import "server-only";
import { authenticateRequest, usesBearerToken, type Viewer } from "@/lib/auth/session";
import { ForbiddenError, UnauthorizedError } from "@/lib/errors";
import { assertWriteAllowed } from "@/lib/rate-limit";

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * A cookie-authenticated mutation must come from this site: a browser marks cross-site requests
 * with Sec-Fetch-Site and Origin. Bearer requests carry no ambient credentials, so they pass.
 */
export function assertNotCrossSite(request: Request): void {
  if (SAFE_METHODS.has(request.method) || usesBearerToken(request)) return;
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite && fetchSite !== "same-origin" && fetchSite !== "none")
    throw new ForbiddenError("Cross-site requests are refused.");
  const origin = request.headers.get("origin");
  if (origin) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      // "null" or garbage: treated as foreign below
    }
    if (!host || originHost !== host) throw new ForbiddenError("Cross-site requests are refused.");
  }
}

/**
 * The API caller, or a 401; cross-site cookie mutations are a 403 before anything else, and a
 * caller over its write limit is a 429 (the API's one rate-limit check: every write passes here).
 */
export async function requireApiViewer(request: Request): Promise<Viewer> {
  assertNotCrossSite(request);
  const viewer = await authenticateRequest(request);
  if (!viewer) throw new UnauthorizedError("Sign in or send Authorization: Bearer <token>.");
  if (!SAFE_METHODS.has(request.method)) assertWriteAllowed(viewer.id);
  return viewer;
}
