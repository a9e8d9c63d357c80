/** Real accounts in the test database, created through Better Auth exactly as the app does. */
import { createAccount } from "@/lib/auth/create-account";
import { createAuth } from "@/lib/auth/create-auth";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const testAuth = createAuth(db);
export const TEST_PASSWORD = "test-password-123";

export async function createViewer(label: string, role: Viewer["role"] = "analyst"): Promise<Viewer> {
  const email = `${label}-${Math.random().toString(36).slice(2, 8)}@example.com`;
  const { id } = await createAccount(testAuth, { email, name: label, role, password: TEST_PASSWORD });
  return { id, name: label, email, role };
}

/** A signed-in session's Cookie header, from a real sign-in. */
export async function sessionCookie(viewer: Viewer): Promise<string> {
  const { headers } = await testAuth.api.signInEmail({
    body: { email: viewer.email, password: TEST_PASSWORD },
    returnHeaders: true,
  });
  const setCookie = headers.get("set-cookie") ?? "";
  return setCookie
    .split(/,(?=\s*[\w.-]+=)/)
    .map((cookie) => cookie.split(";")[0].trim())
    .join("; ");
}
