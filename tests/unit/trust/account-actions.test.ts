/**
 * The account page's actions against the real database: renaming under the one name rule, a
 * password change revoking API tokens by default, and a lockout after five wrong current passwords.
 * Only Next's request context (headers, cache, translations) is stood in for.
 */
import { beforeEach, describe, expect, it, vi } from "vitest";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { request } from "@/tests/support/next-request-context";
import { createViewer, sessionCookie, TEST_PASSWORD, testAuth } from "../../support/accounts";

vi.mock("next/headers", () => import("@/tests/support/next-request-context"));
vi.mock("next/cache", () => import("@/tests/support/next-request-context"));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string) => `${namespace}.${key}`,
}));

const accounts = await import("@/lib/actions/account-credentials");
const idle = { ok: false as const, message: "" };
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};

beforeEach(() => {
  request.headers = new Headers();
});

describe("account actions", () => {
  it("renames the analyst under the one name rule, and refuses anything else", async () => {
    const viewer = await createViewer("renamer");
    request.headers = new Headers({ cookie: await sessionCookie(viewer) });
    expect(await accounts.renameAction(idle, form({ name: "  Kim Jiwoo " }))).toMatchObject({ ok: true });
    for (const name of ["", "x".repeat(101), "Ana\u202Egnp", "\u200B"])
      expect(await accounts.renameAction(idle, form({ name }))).toMatchObject({ ok: false });
    expect(await accounts.renameAction(idle, { name: "Admin" } as never)).toMatchObject({ ok: false });
    expect((await db.user.findUniqueOrThrow({ where: { id: viewer.id } })).name).toBe("Kim Jiwoo");
  });

  it("revokes API tokens on a password change unless the box is unticked", async () => {
    const viewer = await createViewer("rotator");
    await issueApiToken(db, viewer.id, "laptop");
    request.headers = new Headers({ cookie: await sessionCookie(viewer) });
    const changed = await accounts.changePasswordAction(
      idle,
      form({ currentPassword: TEST_PASSWORD, newPassword: "a-new-password-1", revokeTokens: "on" }),
    );
    expect(changed).toMatchObject({ ok: true, message: "Account.passwordChangedTokensRevoked" });
    expect(await db.apiToken.count({ where: { userId: viewer.id, revokedAt: null } })).toBe(0);

    await issueApiToken(db, viewer.id, "kept");
    const session = await testAuth.api.signInEmail({
      body: { email: viewer.email, password: "a-new-password-1" },
      returnHeaders: true,
    });
    request.headers = new Headers({ cookie: (session.headers.get("set-cookie") ?? "").split(";")[0] });
    const kept = await accounts.changePasswordAction(
      idle,
      form({ currentPassword: "a-new-password-1", newPassword: "another-password-2" }),
    );
    expect(kept).toMatchObject({ ok: true, message: "Account.passwordChanged" });
    expect(await db.apiToken.count({ where: { userId: viewer.id, revokedAt: null } })).toBe(1);
  });

  it("locks the form after five wrong current passwords, even for the right one", async () => {
    const viewer = await createViewer("guesser");
    request.headers = new Headers({ cookie: await sessionCookie(viewer) });
    const attempt = (currentPassword: string) =>
      accounts.changePasswordAction(
        idle,
        form({ currentPassword, newPassword: "a-new-password-1", revokeTokens: "on" }),
      );
    for (let i = 0; i < 5; i += 1)
      expect(await attempt(`wrong-password-${i}`)).toMatchObject({ ok: false, message: "Account.passwordRefused" });
    expect(await attempt(TEST_PASSWORD)).toMatchObject({ ok: false, message: "Account.passwordLocked" });
  });

  it("issues a private feed address and revokes it", async () => {
    const viewer = await createViewer("feeder");
    request.headers = new Headers({ cookie: await sessionCookie(viewer), host: "tracker.example" });
    const created = await accounts.regenerateFeedKeyAction(idle);
    expect(created).toMatchObject({ ok: true });
    expect(created.ok && created.data).toMatch(/^http:\/\/tracker\.example\/feed\.xml\?key=fk_[\w-]{43}$/);
    expect(await accounts.revokeFeedKeyAction(idle)).toMatchObject({ ok: true });
    expect(await db.feedKey.count({ where: { userId: viewer.id } })).toBe(0);
  });
});
