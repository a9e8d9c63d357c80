import { describe, expect, it } from "vitest";
import { createAccount } from "@/lib/auth/create-account";
import { createAuth } from "@/lib/auth/create-auth";
import { db } from "@/lib/db";
import { readEnv } from "@/lib/env";

const PASSWORD = "cookie-password-123";

/** Signs in through Better Auth's HTTP handler, as a browser would, and returns the Set-Cookie lines. */
async function signInCookies(settings: Record<string, string>): Promise<string[]> {
  const auth = createAuth(db, [], readEnv({ ...process.env, ...settings }));
  const email = `cookie-${Math.random().toString(36).slice(2, 8)}@example.com`;
  await createAccount(auth, { email, name: "Cookie", role: "analyst", password: PASSWORD });
  const response = await auth.handler(
    new Request("https://tracker.example/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://tracker.example", host: "tracker.example" },
      body: JSON.stringify({ email, password: PASSWORD }),
    }),
  );
  expect(response.status).toBe(200);
  return response.headers.getSetCookie();
}

function sessionCookie(lines: string[]): string {
  const line = lines.find((cookie) => /^(__Secure-)?better-auth\.session_token=/.test(cookie));
  if (!line) throw new Error(`no session cookie in ${lines.join(" | ")}`);
  return line;
}

describe("the session cookie", () => {
  it("is Secure (with the __Secure- prefix), HttpOnly and SameSite=Lax in production", async () => {
    const cookie = sessionCookie(await signInCookies({ NODE_ENV: "production", AUTH_SECURE_COOKIES: "" }));
    expect(cookie).toMatch(/^__Secure-better-auth\.session_token=/);
    expect(cookie).toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
  });

  it("drops only Secure when AUTH_SECURE_COOKIES=false (plain-http test servers)", async () => {
    const cookie = sessionCookie(await signInCookies({ NODE_ENV: "production", AUTH_SECURE_COOKIES: "false" }));
    expect(cookie).toMatch(/^better-auth\.session_token=/);
    expect(cookie).not.toMatch(/;\s*Secure/i);
    expect(cookie).toMatch(/;\s*HttpOnly/i);
    expect(cookie).toMatch(/;\s*SameSite=Lax/i);
  });
});
