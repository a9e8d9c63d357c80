/**
 * Write limits through the server actions: one budget per analyst across notes, status changes
 * and follows; over it, the form gets a message with the wait and nothing is written. Only Next's
 * request context (headers, cache, translations) is stood in for; the database is real.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { request } from "@/tests/support/next-request-context";
import { createViewer, sessionCookie } from "../../support/accounts";

vi.hoisted(() => {
  process.env.WRITE_RATE_LIMIT = "3";
  process.env.WRITE_RATE_WINDOW_SECONDS = "60";
});
vi.mock("next/headers", () => import("@/tests/support/next-request-context"));
vi.mock("next/cache", () => import("@/tests/support/next-request-context"));
vi.mock("next-intl/server", () => ({
  getTranslations: async (namespace: string) => (key: string, values?: Record<string, unknown>) =>
    `${namespace}.${key}${values ? JSON.stringify(values) : ""}`,
}));

const notes = await import("@/lib/actions/notes");
const status = await import("@/lib/actions/action-status");
const follows = await import("@/lib/actions/follows");
const adminAccounts = await import("@/lib/actions/account-administration");

let busy: Viewer;
let other: Viewer;
let busyCookie: string;
let otherCookie: string;
const slug = async () => (await db.measure.findUniqueOrThrow({ where: { id: "II-1" }, select: { slug: true } })).slug;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const idle = { ok: false as const, message: "" };
const note = async (body: string) =>
  notes.createNoteAction({ kind: "measure", slug: await slug() }, idle, form({ body, visibility: "private" }));
const followSector = (follow: boolean) =>
  follows.toggleFollowAction(idle, form({ kind: "sector", id: "infrastructure", follow: String(follow) }));
const statusChange = () =>
  status.recordActionStatusAction(
    idle,
    form({
      actionId: "II-1.1",
      status: "in-progress",
      verified: "on",
      reason: "Work began.",
      sourceUrls: "https://example.gov/a",
    }),
  );

beforeAll(async () => {
  busy = await createViewer("busy");
  other = await createViewer("other");
  busyCookie = await sessionCookie(busy);
  otherCookie = await sessionCookie(other);
});

describe("write limits on server actions", () => {
  it("refuses the 4th write in a minute, whatever its kind, with a message saying when to try again", async () => {
    request.headers = new Headers({ cookie: busyCookie });
    expect(await note("first")).toMatchObject({ ok: true });
    expect(await followSector(true)).toMatchObject({ ok: true });
    expect(await statusChange()).toMatchObject({ ok: true });

    const before = {
      notes: await db.note.count(),
      changes: await db.statusChange.count(),
      follows: await db.follow.count(),
    };
    for (const refused of [await note("one too many"), await followSector(false), await statusChange()]) {
      expect(refused.ok).toBe(false);
      expect(refused.ok === false && refused.message).toMatch(/^RateLimit\.tooManyWrites\{"seconds":(60|59|58)\}$/);
    }
    expect({
      notes: await db.note.count(),
      changes: await db.statusChange.count(),
      follows: await db.follow.count(),
    }).toEqual(before);
  });

  it("leaves other analysts alone", async () => {
    request.headers = new Headers({ cookie: otherCookie });
    expect(await note("someone else")).toMatchObject({ ok: true });
    expect(await db.note.count({ where: { authorId: other.id } })).toBe(1);
  });
});

describe("write limits on an admin's account actions", () => {
  it("counts every account action against the admin's budget and refuses the 4th without changing anything", async () => {
    const admin = await createViewer("chief", "admin");
    request.headers = new Headers({ cookie: await sessionCookie(admin) });
    const role = (value: string) => adminAccounts.changeRoleAction(idle, form({ userId: other.id, role: value }));
    expect(await role("admin")).toMatchObject({ ok: true });
    expect(
      await adminAccounts.setAccountPasswordAction(idle, form({ userId: other.id, newPassword: "another-password-9" })),
    ).toMatchObject({ ok: true });
    expect(await adminAccounts.deactivateAccountAction(idle, form({ userId: other.id, confirm: "on" }))).toMatchObject({
      ok: true,
    });

    const refused = await adminAccounts.reactivateAccountAction(idle, form({ userId: other.id, confirm: "on" }));
    expect(refused.ok === false && refused.message).toMatch(/^RateLimit\.tooManyWrites/);
    expect(await db.user.findUniqueOrThrow({ where: { id: other.id }, select: { banned: true } })).toEqual({
      banned: true,
    });
  });
});
