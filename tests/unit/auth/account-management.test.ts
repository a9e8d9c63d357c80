/**
 * An admin manages accounts through the server actions: change a role, deactivate and reactivate,
 * set a new password. Only admins may; nobody changes their own role or deactivates themself; the
 * last active admin stays one. The database and Better Auth are real; only Next's request context
 * (headers, cache refresh, translations) is stood in for.
 */
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { authenticateRequest, type Viewer } from "@/lib/auth/session";
import { createNote, listNotesFor } from "@/lib/data/notes";
import { listStatusHistory } from "@/lib/data/status";
import { db } from "@/lib/db";
import { insertMeasureLevelStatus } from "@/tests/support/measure-level-status";
import { request } from "@/tests/support/next-request-context";
import { createViewer, sessionCookie, TEST_PASSWORD, testAuth } from "../../support/accounts";

vi.mock("next/headers", () => import("@/tests/support/next-request-context"));
vi.mock("next/cache", () => import("@/tests/support/next-request-context"));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string, values?: Record<string, unknown>) =>
    `${namespace}.${key}${values ? JSON.stringify(values) : ""}`,
  getLocale: async () => "en",
}));

const actions = await import("@/lib/actions/account-administration");
const manage = await import("@/lib/auth/guarded-account-changes");
const { signInAction: signIn } = await import("@/lib/actions/auth");

const idle = { ok: false as const, message: "" };

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

function as(cookie: string | null) {
  request.headers = new Headers(cookie ? { cookie } : {});
}

async function accountState(userId: string) {
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { role: true, banned: true } });
  const [sessions, password] = await Promise.all([
    db.session.count({ where: { userId } }),
    db.account.findFirstOrThrow({ where: { userId, providerId: "credential" }, select: { password: true } }),
  ]);
  return { role: user.role, banned: !!user.banned, sessions, password: password.password };
}

const changeRole = (userId: string, role: string) => actions.changeRoleAction(idle, form({ userId, role }));
const deactivate = (userId: string, confirm = true) =>
  actions.deactivateAccountAction(idle, form(confirm ? { userId, confirm: "on" } : { userId }));
const reactivate = (userId: string) => actions.reactivateAccountAction(idle, form({ userId, confirm: "on" }));
const setPassword = (userId: string, newPassword: string) =>
  actions.setAccountPasswordAction(idle, form({ userId, newPassword }));

async function signInStatus(email: string, password: string): Promise<number | string> {
  try {
    await testAuth.api.signInEmail({ body: { email, password }, headers: new Headers() });
    return 200;
  } catch (error) {
    const refusal = error as { statusCode: number; body?: { code?: string } };
    return refusal.body?.code === "BANNED_USER" ? "deactivated" : refusal.statusCode;
  }
}

const viaCookie = (cookie: string) =>
  authenticateRequest(new Request("http://localhost/api/x", { headers: { cookie } }));
const viaToken = (token: string) =>
  authenticateRequest(new Request("http://localhost/api/x", { headers: { authorization: `Bearer ${token}` } }));

let admin: Viewer;
let adminCookie: string;
let analyst: Viewer;

beforeAll(async () => {
  admin = await createViewer("Chief", "admin");
  adminCookie = await sessionCookie(admin);
});

beforeEach(async () => {
  analyst = await createViewer("Kim");
});

describe("who may manage accounts", () => {
  const everyAction = {
    changeRole: (userId: string) => changeRole(userId, "admin"),
    deactivate: (userId: string) => deactivate(userId),
    reactivate: (userId: string) => reactivate(userId),
    setPassword: (userId: string) => setPassword(userId, "a-brand-new-password"),
  };

  for (const [name, run] of Object.entries(everyAction)) {
    it(`${name}: refused to a signed-out caller and to an analyst, with nothing changed`, async () => {
      const other = await createViewer("Lee");
      if (name === "reactivate") await db.user.update({ where: { id: other.id }, data: { banned: true } });
      const before = await accountState(other.id);

      as(null);
      expect(await run(other.id)).toMatchObject({ ok: false, message: "Validation.unauthorized" });
      as(await sessionCookie(analyst));
      expect(await run(other.id)).toMatchObject({ ok: false, message: "Validation.adminOnly" });
      expect(await accountState(other.id)).toEqual(before);
    });
  }

  it("the plugin's own HTTP routes are closed, even for an admin (impersonation included)", async () => {
    for (const path of [
      "/admin/set-role",
      "/admin/impersonate-user",
      "/admin/ban-user",
      "/admin/update-user",
      "/admin/remove-user",
      "/%61dmin/set-role",
      "/ADMIN/set-user-password",
    ]) {
      const response = await testAuth.handler(
        new Request(`http://localhost:3000/api/auth${path}`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: adminCookie, origin: "http://localhost:3000" },
          body: JSON.stringify({ userId: analyst.id, role: "superuser", data: { role: "superuser" } }),
        }),
      );
      expect(response.status, path).toBe(404);
      expect(await response.json()).toEqual({ message: "Not found." });
    }
    expect((await accountState(analyst.id)).role).toBe("analyst");
    expect(await db.session.count({ where: { impersonatedBy: { not: null } } })).toBe(0);
  });
});

describe("changing a role", () => {
  it("an admin promotes an analyst and demotes them again", async () => {
    as(adminCookie);
    expect(await changeRole(analyst.id, "admin")).toMatchObject({
      ok: true,
      message: expect.stringContaining("AdminAccounts.roleChanged"),
    });
    expect((await accountState(analyst.id)).role).toBe("admin");
    expect(await changeRole(analyst.id, "analyst")).toMatchObject({ ok: true });
    expect((await accountState(analyst.id)).role).toBe("analyst");
  });

  it("refuses any role outside analyst | admin, with a field message", async () => {
    as(adminCookie);
    for (const role of ["superuser", "admin,analyst", "user", ""]) {
      const state = await changeRole(analyst.id, role);
      expect(state).toMatchObject({ ok: false, message: "AdminAccounts.fixFields" });
      expect(state.ok === false && state.fieldErrors?.role).toEqual(["Validation.roleInvalid"]);
    }
    expect((await accountState(analyst.id)).role).toBe("analyst");
  });

  it("answers an unknown account with a message, not an error page", async () => {
    as(adminCookie);
    expect(await changeRole("no-such-user", "admin")).toMatchObject({ ok: false, message: "Validation.notFound" });
  });
});

describe("guards", () => {
  it("the last active admin can neither step down nor deactivate themself", async () => {
    await db.user.updateMany({ where: { role: "admin", id: { not: admin.id } }, data: { role: "analyst" } });
    as(adminCookie);
    expect(await changeRole(admin.id, "analyst")).toEqual({ ok: false, message: "AdminAccounts.guard.lastAdmin" });
    expect(await deactivate(admin.id)).toEqual({ ok: false, message: "AdminAccounts.guard.lastAdmin" });
    expect(await accountState(admin.id)).toMatchObject({ role: "admin", banned: false });
  });

  it("two admins demoting each other at the same moment leave one admin, not none", async () => {
    const deputy = await createViewer("Deputy", "admin");
    await db.user.updateMany({
      where: { role: "admin", id: { notIn: [admin.id, deputy.id] } },
      data: { role: "analyst" },
    });
    const headersOf = async (viewer: Viewer) => new Headers({ cookie: await sessionCookie(viewer) });
    const [chiefHeaders, deputyHeaders] = [await headersOf(admin), await headersOf(deputy)];
    const outcomes = await Promise.allSettled([
      manage.changeRole(admin, chiefHeaders, { userId: deputy.id, role: "analyst" }),
      manage.changeRole(deputy, deputyHeaders, { userId: admin.id, role: "analyst" }),
    ]);
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "rejected"]);
    expect((outcomes[1] as PromiseRejectedResult).reason).toMatchObject({ guard: "lastAdmin" });
    expect(await db.user.count({ where: { role: "admin", OR: [{ banned: false }, { banned: null }] } })).toBe(1);
    expect(await accountState(admin.id)).toMatchObject({ role: "admin", banned: false });
  });

  it("with another admin around, an admin still cannot demote or deactivate themself", async () => {
    await createViewer("Deputy", "admin");
    as(adminCookie);
    expect(await changeRole(admin.id, "analyst")).toEqual({ ok: false, message: "AdminAccounts.guard.self" });
    expect(await deactivate(admin.id)).toEqual({ ok: false, message: "AdminAccounts.guard.self" });
    expect(await setPassword(admin.id, "a-brand-new-password")).toEqual({
      ok: false,
      message: "AdminAccounts.guard.selfPassword",
    });
    expect(await accountState(admin.id)).toMatchObject({ role: "admin", banned: false });
  });

  it("a deactivated admin does not count: the remaining active admin is the last one", async () => {
    const deputy = await createViewer("Deputy", "admin");
    await db.user.updateMany({
      where: { role: "admin", id: { notIn: [admin.id, deputy.id] } },
      data: { role: "analyst" },
    });
    as(adminCookie);
    expect(await deactivate(deputy.id)).toMatchObject({ ok: true });
    expect(await changeRole(admin.id, "analyst")).toEqual({ ok: false, message: "AdminAccounts.guard.lastAdmin" });
    expect(await reactivate(deputy.id)).toMatchObject({ ok: true });
    expect(await changeRole(admin.id, "analyst")).toEqual({ ok: false, message: "AdminAccounts.guard.self" });
  });

  it("deactivation needs the confirmation box ticked", async () => {
    as(adminCookie);
    const state = await deactivate(analyst.id, false);
    expect(state).toMatchObject({ ok: false, message: "AdminAccounts.fixFields" });
    expect(state.ok === false && state.fieldErrors?.confirm).toEqual(["Validation.confirmRequired"]);
    expect((await accountState(analyst.id)).banned).toBe(false);
  });
});

describe("deactivating and reactivating", () => {
  it("signs the analyst out, refuses their sign-in and token, keeps their work; reactivation lets them back", async () => {
    const cookie = await sessionCookie(analyst);
    const { token } = await issueApiToken(db, analyst.id, "script");
    await createNote(analyst, { measureId: "I-1" }, { body: "Kim's note", visibility: "shared" });
    await insertMeasureLevelStatus(analyst.id, {
      measureId: "I-1",
      status: "in-progress",
      verified: true,
      reason: "Kim saw it.",
      sourceUrls: ["https://example.gov/a"],
    });
    expect(await viaCookie(cookie)).toMatchObject({ id: analyst.id });
    expect(await viaToken(token)).toMatchObject({ id: analyst.id });

    as(adminCookie);
    expect(await deactivate(analyst.id)).toMatchObject({
      ok: true,
      message: expect.stringContaining("AdminAccounts.deactivated"),
    });
    expect(await accountState(analyst.id)).toMatchObject({ banned: true, sessions: 0 });
    expect(await viaCookie(cookie)).toBeNull();
    expect(await viaToken(token)).toBeNull();
    expect(await signInStatus(analyst.email, TEST_PASSWORD)).toBe("deactivated");
    expect(await signInStatus(analyst.email, "wrong-password-1")).toBe(401); // a wrong password learns nothing more
    as(null);
    expect(await signIn(idle, form({ email: analyst.email, password: TEST_PASSWORD }))).toEqual({
      ok: false,
      message: "Auth.deactivated",
    });

    const { notes } = await listNotesFor(admin, { measureId: "I-1" });
    expect(notes.some((note) => note.body === "Kim's note" && note.author.name === "Kim")).toBe(true);
    expect((await listStatusHistory("I-1")).some((change) => change.author.name === "Kim")).toBe(true);

    as(adminCookie);
    expect(await reactivate(analyst.id)).toMatchObject({
      ok: true,
      message: expect.stringContaining("AdminAccounts.reactivated"),
    });
    expect(await signInStatus(analyst.email, TEST_PASSWORD)).toBe(200);
    expect(await viaToken(token)).toMatchObject({ id: analyst.id });
    expect(await viaCookie(cookie)).toBeNull(); // the old session stays ended
  });
});

describe("setting a new password", () => {
  it("signs out every session of theirs; the new password works and the old one does not", async () => {
    const cookies = [await sessionCookie(analyst), await sessionCookie(analyst)];
    as(adminCookie);
    expect(await setPassword(analyst.id, "short")).toMatchObject({
      ok: false,
      fieldErrors: { newPassword: ["Validation.passwordTooShort"] },
    });
    expect((await accountState(analyst.id)).sessions).toBe(2);

    expect(await setPassword(analyst.id, "a-brand-new-password")).toMatchObject({
      ok: true,
      message: expect.stringContaining("AdminAccounts.passwordSet"),
    });
    for (const cookie of cookies) expect(await viaCookie(cookie)).toBeNull();
    expect(await signInStatus(analyst.email, TEST_PASSWORD)).toBe(401);
    expect(await signInStatus(analyst.email, "a-brand-new-password")).toBe(200);
    expect(await viaCookie(adminCookie)).toMatchObject({ id: admin.id }); // the admin stays signed in
  });
});
