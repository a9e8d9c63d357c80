import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { db } from "@/lib/db";
import { UnauthorizedError } from "@/lib/errors";
import { findUserByApiToken } from "./api-tokens";
import { auth } from "./auth";
import { toRole } from "./roles";

/** Who is asking: the only shape of the signed-in user the rest of the app sees. */
export type Viewer = { id: string; name: string; email: string; role: "analyst" | "admin" };

type UserLike = { id: string; name: string; email: string; role?: unknown; banned?: boolean | null };

function toViewer(user: UserLike): Viewer | null {
  if (user.banned) return null;
  return { id: user.id, name: user.name, email: user.email, role: toRole(user.role) };
}

async function viewerFromSession(requestHeaders: Headers): Promise<Viewer | null> {
  const session = await auth.api.getSession({ headers: requestHeaders });
  return session ? toViewer(session.user as UserLike) : null;
}

// One session lookup per request and cookie: the header, the page and every section that asks
// share it. Keyed by the cookie string, so after a server action replaced the session cookie (sign
// out, a password change) the re-render in the same request looks the new one up.
const viewerForCookie = cache(async (cookie: string): Promise<Viewer | null> => {
  // No session cookie (plain or __Secure-), no session: signed-out renders skip Better Auth.
  if (!cookie.includes("better-auth.session_token=")) return null;
  const requestHeaders = new Headers(await headers());
  requestHeaders.set("cookie", cookie);
  return viewerFromSession(requestHeaders);
});

/** Server components and actions: the viewer from the session cookie, or null when signed out. */
export async function getViewer(): Promise<Viewer | null> {
  // cookies() rather than the raw Cookie header: it reflects cookies a server action just set.
  return viewerForCookie((await cookies()).toString());
}

/** Like getViewer, but signed-out callers get an UnauthorizedError (401 / a sign-in message). */
export async function requireViewer(): Promise<Viewer> {
  const viewer = await getViewer();
  if (!viewer) throw new UnauthorizedError();
  return viewer;
}

/** Route handlers: `Authorization: Bearer <personal API token>`, else the session cookie. */
export async function authenticateRequest(request: Request): Promise<Viewer | null> {
  const authorization = request.headers.get("authorization");
  if (authorization) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    const user = match ? await findUserByApiToken(db, match[1]) : null;
    return user ? toViewer(user) : null;
  }
  return viewerFromSession(request.headers);
}

/** Whether the request carried a bearer token (cookie-less, so not exposed to cross-site forms). */
export function usesBearerToken(request: Request): boolean {
  return /^Bearer\s/i.test(request.headers.get("authorization") ?? "");
}
