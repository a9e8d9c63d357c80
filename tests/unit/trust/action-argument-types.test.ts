/**
 * Server actions receive whatever a client encodes: an operator object where an id belongs, null
 * where a form belongs. Each must refuse with a message and change nothing (a Prisma operator
 * object such as { gt: "" } passed on as an id would match every row). Only Next's request context
 * is stood in for; the database is real.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { db } from "@/lib/db";
import { request } from "@/tests/support/next-request-context";
import { createViewer, sessionCookie } from "../../support/accounts";

vi.mock("next/headers", () => import("@/tests/support/next-request-context"));
vi.mock("next/cache", () => import("@/tests/support/next-request-context"));
vi.mock("next-intl/server", () => ({
  getTranslations: async () => (key: string) => key,
  getFormatter: async () => ({ dateTime: String }),
  getLocale: async () => "en",
}));

const { removeWatchQueryAction, addWatchQueryAction } = await import("@/lib/actions/watch");
const { recordActionStatusAction } = await import("@/lib/actions/action-status");
const { createCompanyAction, updateCompanyAction, deleteCompanyAction } = await import("@/lib/actions/companies");
const { toggleFollowAction } = await import("@/lib/actions/follows");
const { saveAccountSettingsAction } = await import("@/lib/actions/settings");
const { saveEventAction } = await import("@/lib/actions/events");
const credentials = await import("@/lib/actions/account-credentials");
const administration = await import("@/lib/actions/account-administration");
const inbox = await import("@/lib/actions/inbox");
const notes = await import("@/lib/actions/notes");
const idle = { ok: false, message: "" } as const;
const operator = { gt: "" };

async function rowCounts() {
  const [watchQueries, statusChanges, companies, follows, users, events, apiTokens] = await Promise.all([
    db.watchQuery.count(),
    db.statusChange.count(),
    db.company.count(),
    db.follow.count(),
    db.user.count(),
    db.event.count(),
    db.apiToken.count(),
  ]);
  return { watchQueries, statusChanges, companies, follows, users, events, apiTokens };
}

beforeAll(async () => {
  const admin = await createViewer("argument-types-admin", "admin");
  request.headers = new Headers({ cookie: await sessionCookie(admin) });
  await db.watchQuery.createMany({ data: [{ term: "artificial intelligence" }, { term: "data center" }] });
});

describe("server actions called with arguments of the wrong type", () => {
  const calls: [string, () => Promise<{ ok: boolean; message?: string }>][] = [
    ["removeWatchQueryAction({ gt: '' })", () => removeWatchQueryAction(operator, idle)],
    ["addWatchQueryAction(state, null)", () => addWatchQueryAction(idle, null as unknown as FormData)],
    [
      "recordActionStatusAction(state, null)",
      () => recordActionStatusAction(idle as never, null as unknown as FormData),
    ],
    ["recordActionStatusAction(state, object)", () => recordActionStatusAction(idle as never, operator as never)],
    ["createCompanyAction(sector, state, null)", () => createCompanyAction("power", idle as never, null as never)],
    [
      "updateCompanyAction({ gt: '' }, state, null)",
      () => updateCompanyAction(operator as never, idle as never, null as never),
    ],
    ["deleteCompanyAction({ gt: '' })", () => deleteCompanyAction(operator as never, idle)],
    ["toggleFollowAction(state, null)", () => toggleFollowAction(idle as never, null as never)],
    ["saveAccountSettingsAction(state, null)", () => saveAccountSettingsAction(idle as never, null as never)],
    ["saveEventAction(state, null)", () => saveEventAction(idle, null as never)],
    ["renameAction(state, null)", () => credentials.renameAction(idle as never, null as never)],
    ["changePasswordAction(state, null)", () => credentials.changePasswordAction(idle as never, null as never)],
    ["createApiTokenAction(state, null)", () => credentials.createApiTokenAction(idle as never, null as never)],
    ["revokeApiTokenAction({ gt: '' })", () => credentials.revokeApiTokenAction(operator, idle)],
    ["createUserAction(state, null)", () => credentials.createUserAction(idle as never, null as never)],
    ["changeRoleAction(state, null)", () => administration.changeRoleAction(idle as never, null as never)],
    [
      "deactivateAccountAction(state, object)",
      () => administration.deactivateAccountAction(idle as never, operator as never),
    ],
    [
      "reactivateAccountAction(state, null)",
      () => administration.reactivateAccountAction(idle as never, null as never),
    ],
    [
      "setAccountPasswordAction(state, null)",
      () => administration.setAccountPasswordAction(idle as never, null as never),
    ],
    ["acceptCandidateAction(state, null)", () => inbox.acceptCandidateAction(idle, null as never)],
    ["dismissCandidateAction({ gt: '' })", () => inbox.dismissCandidateAction(operator as never, idle)],
    ["createNoteAction(null target)", () => notes.createNoteAction(null as never, idle, null as never)],
    ["updateNoteAction({ gt: '' }, state, null)", () => notes.updateNoteAction(operator as never, idle, null as never)],
    ["deleteNoteAction({ gt: '' })", () => notes.deleteNoteAction(operator as never, idle)],
    ["restoreNoteAction({ gt: '' })", () => notes.restoreNoteAction(operator as never, idle)],
  ];

  it.each(calls)("%s is refused with a message and changes nothing", async (_name, call) => {
    const before = await rowCounts();
    const state = await call();
    expect(state.ok).toBe(false);
    expect(state.message).toBeTruthy();
    expect(await rowCounts()).toEqual(before);
  });

  it("leaves both watch queries in place", async () => {
    expect(await db.watchQuery.count()).toBeGreaterThanOrEqual(2);
  });
});
