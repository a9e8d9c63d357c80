import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createAccount } from "@/lib/auth/accounts";
import { findUserByApiToken, hashApiToken, issueApiToken } from "@/lib/auth/api-tokens";
import { createAuth } from "@/lib/auth/create-auth";
import { authenticateRequest } from "@/lib/auth/session";
import { MAX_FAILURES } from "@/lib/auth/sign-in-throttle";

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
    const user = await createAccount(auth, { email: "Kim@Example.com", name: "Kim", role: "analyst", password: PASSWORD });
    expect(user.email).toBe("kim@example.com");
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id }, select: { password: true, providerId: true } });
    expect(account.providerId).toBe("credential");
    expect(account.password).not.toContain(PASSWORD);
    expect(await signInStatus("kim@example.com", PASSWORD)).toBe(200);
  });

  it("refuses a second account with the same address", async () => {
    await createAccount(auth, { email: "dup@example.com", name: "A", role: "analyst", password: PASSWORD });
    await expect(createAccount(auth, { email: "DUP@example.com", name: "B", role: "admin", password: PASSWORD })).rejects.toThrow(/already exists/);
  });

  it("answers an unknown address exactly like a wrong password", async () => {
    await createAccount(auth, { email: "lee@example.com", name: "Lee", role: "analyst", password: PASSWORD });
    expect(await signInStatus("lee@example.com", "wrong-password-1")).toBe(401);
    expect(await signInStatus("nobody@example.com", "wrong-password-1")).toBe(401);
  });

  it("locks an address after repeated failures, even for the right password, and for unknown addresses too", async () => {
    await createAccount(auth, { email: "park@example.com", name: "Park", role: "analyst", password: PASSWORD });
    for (let i = 0; i < MAX_FAILURES; i++) expect(await signInStatus("park@example.com", `wrong-${i}-password`)).toBe(401);
    expect(await signInStatus("park@example.com", PASSWORD)).toBe(429);
    for (let i = 0; i < MAX_FAILURES; i++) await signInStatus("ghost@example.com", `wrong-${i}-password`);
    expect(await signInStatus("ghost@example.com", PASSWORD)).toBe(429);
    expect(await signInStatus("kim2@example.com", PASSWORD)).toBe(401); // other addresses are unaffected
  });
});

describe("personal API tokens", () => {
  it("stores only a SHA-256 hash and authenticates the bearer until revoked", async () => {
    const user = await createAccount(auth, { email: "token@example.com", name: "Tok", role: "admin", password: PASSWORD });
    const { id, token } = await issueApiToken(db, user.id, "laptop");
    expect(hashApiToken(token)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashApiToken(token)).toBe(hashApiToken(token));
    const stored = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(stored.tokenHash).toBe(hashApiToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);

    const request = (value: string) => new Request("http://localhost/api/x", { headers: { authorization: value } });
    expect(await authenticateRequest(request(`Bearer ${token}`))).toEqual({ id: user.id, name: "Tok", email: "token@example.com", role: "admin" });
    expect(await authenticateRequest(request(`Bearer ${token}x`))).toBeNull();
    expect(await authenticateRequest(request("Basic abc"))).toBeNull();
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();

    await db.apiToken.update({ where: { id }, data: { revokedAt: new Date() } });
    expect(await authenticateRequest(request(`Bearer ${token}`))).toBeNull();
  });

  it("authenticates nobody without credentials", async () => {
    expect(await authenticateRequest(new Request("http://localhost/api/x"))).toBeNull();
  });
});
