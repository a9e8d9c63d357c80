import { describe, expect, it } from "vitest";
import { hashApiToken, issueApiToken } from "@/lib/auth/api-tokens";
import { createAccount } from "@/lib/auth/create-account";
import { createAuth } from "@/lib/auth/create-auth";
import { authenticateRequest } from "@/lib/auth/session";
import { MAX_FAILURES } from "@/lib/auth/sign-in-throttle";
import { db } from "@/lib/db";

const auth = createAuth(db);
const PASSWORD = "correct-horse-battery";

async function signInStatus(email: string, password: string): Promise<number> {
  try {
    await auth.api.signInEmail({ body: { email, password }, headers: new Headers() });
    return 200;
  } catch (error) {
    return (error as { statusCode: number }).statusCode;
  }
}

describe("accounts", () => {
  it("creates an account whose password signs in, stored only as a hash", async () => {
    const user = await createAccount(auth, {
      email: "Kim@Example.com",
      name: "Kim",
      role: "analyst",
      password: PASSWORD,
    });
    expect(user.email).toBe("kim@example.com");
    const account = await db.account.findFirstOrThrow({
      where: { userId: user.id },
      select: { password: true, providerId: true },
    });
    expect(account.providerId).toBe("credential");
    expect(account.password).not.toContain(PASSWORD);
    expect(await signInStatus("kim@example.com", PASSWORD)).toBe(200);
  });

  it("refuses a second account with the same address", async () => {
    await createAccount(auth, { email: "dup@example.com", name: "A", role: "analyst", password: PASSWORD });
    await expect(
      createAccount(auth, { email: "DUP@example.com", name: "B", role: "admin", password: PASSWORD }),
    ).rejects.toThrow(/already exists/);
  });

  it("answers an unknown address exactly like a wrong password", async () => {
    await createAccount(auth, { email: "lee@example.com", name: "Lee", role: "analyst", password: PASSWORD });
    expect(await signInStatus("lee@example.com", "wrong-password-1")).toBe(401);
    expect(await signInStatus("nobody@example.com", "wrong-password-1")).toBe(401);
  });

  it("locks an address after repeated failures, even for the right password, and for unknown addresses too", async () => {
    await createAccount(auth, { email: "park@example.com", name: "Park", role: "analyst", password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES; i++)
      expect(await signInStatus("park@example.com", `wrong-${i}-password`)).toBe(401);
    expect(await signInStatus("park@example.com", PASSWORD)).toBe(429);
    for (let i = 0; i < MAX_FAILURES; i++) await signInStatus("ghost@example.com", `wrong-${i}-password`);
    expect(await signInStatus("ghost@example.com", PASSWORD)).toBe(429);
    expect(await signInStatus("kim2@example.com", PASSWORD)).toBe(401); // other addresses are unaffected
  });
});

describe("personal API tokens", () => {
  it("stores only a SHA-256 hash and authenticates the bearer until revoked", async () => {
    const user = await createAccount(auth, {
      email: "token@example.com",
      name: "Tok",
      role: "admin",
      password: PASSWORD,
    });
    const { id, token } = await issueApiToken(db, user.id, "laptop");
    expect(hashApiToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiToken(token)).toBe(hashApiToken(token));
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const request = (value: string) => new Request("http://localhost/api/x", { headers: { authorization: value } });
    expect(await authenticateRequest(request(`Bearer ${token}`))).toEqual({
      id: user.id,
      name: "Tok",
      email: "token@example.com",
      role: "admin",
    });
    expect(await authenticateRequest(request(`Bearer ${token}x`))).toBeNull();
    expect(await authenticateRequest(request("Basic abc"))).toBeNull();
    const firstUse = (await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt;
    expect(firstUse).not.toBeNull();
    // Recorded to the minute: a request right after does not write again; one an hour later does.
    await authenticateRequest(request(`Bearer ${token}`));
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).toEqual(firstUse);
    const anHourAgo = new Date(Date.now() - 3_600_000);
    await db.apiToken.update({ where: { id }, data: { lastUsedAt: anHourAgo } });
    await authenticateRequest(request(`Bearer ${token}`));
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt!.getTime()).toBeGreaterThan(
      anHourAgo.getTime() + 3_000_000,
    );

    await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    expect(await authenticateRequest(request(`Bearer ${token}`))).toBeNull();
  });

  it("authenticates nobody without credentials", async () => {
    expect(await authenticateRequest(new Request("http://localhost/api/x"))).toBeNull();
  });
});

describe("Better Auth's HTTP routes", () => {
  const post = (path: string, body: unknown) =>
    new Request(`http://localhost:3000/api/auth${path}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "http://localhost:3000",
        host: "localhost:3000",
        "x-forwarded-for": "203.0.113.9",
      },
      body: JSON.stringify(body),
    });

  it("rate-limits sign-in attempts from one IP but never the session check", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push(
        (await auth.handler(post("/sign-in/email", { email: "rl@example.com", password: "wrong-password-1" }))).status,
      );
    expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
    expect(statuses[3]).toBe(429);
    for (let i = 0; i < 120; i++) {
      const response = await auth.handler(
        new Request("http://localhost:3000/api/auth/get-session", { headers: { "x-forwarded-for": "203.0.113.9" } }),
      );
      expect(response.status).toBe(200);
    }
  });

  it("refuses open sign-up by default and a cross-site sign-in post", async () => {
    expect(
      (
        await auth.handler(
          post("/sign-up/email", { email: "self@example.com", password: "long-enough-pw", name: "Self" }),
        )
      ).status,
    ).toBe(400);
    expect(await db.user.count({ where: { email: "self@example.com" } })).toBe(0);
    const crossSite = new Request("http://localhost:3000/api/auth/sign-in/email", {
      method: "POST",
      headers: {
        "content-type": "application/json",
        origin: "https://evil.example",
        host: "localhost:3000",
        cookie: "x=1",
        "x-forwarded-for": "203.0.113.10",
      },
      body: JSON.stringify({ email: "kim@example.com", password: PASSWORD }),
    });
    expect((await auth.handler(crossSite)).status).toBe(403);
  });
});
