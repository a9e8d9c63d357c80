/**
 * Every note and company mutation — server actions and API routes — as a signed-out caller and as
 * the wrong analyst: each must be refused and leave the database exactly as it was. The database is real;
 * only Next's request context (headers, cache refresh, translations) is stood in for.
 */
import { beforeAll, describe, expect, it, vi } from "vitest";
import { issueApiToken } from "@/lib/auth/api-tokens";
import type { Viewer } from "@/lib/auth/session";
import { createCompany } from "@/lib/data/companies";
import { createNote, deleteNote } from "@/lib/data/notes";
import { db } from "@/lib/db";
import { request } from "@/tests/support/next-request-context";
import { createViewer, sessionCookie } from "../../support/accounts";

vi.mock("next/headers", () => import("@/tests/support/next-request-context"));
vi.mock("next/cache", () => import("@/tests/support/next-request-context"));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));

const actions = await import("@/lib/actions/notes");
const accountActions = await import("@/lib/actions/account-credentials");
const adminActions = await import("@/lib/actions/account-administration");
const measureNotes = await import("@/app/api/measures/[slug]/notes/route");
const noteRoute = await import("@/app/api/notes/[id]/route");
const companyActions = await import("@/lib/actions/companies");
const sectorCompanies = await import("@/app/api/sectors/[id]/companies/route");
const companyRoute = await import("@/app/api/companies/[id]/route");

let author: Viewer;
let intruder: Viewer;
let intruderCookie: string;
let liveId: string;
let deletedId: string;
let authorTokenId: string;
let companyId: string;

async function snapshot() {
  const [notes, revisions, users, accounts, tokens, companies, companyRevisions] = await Promise.all([
    db.note.findMany({ orderBy: { id: "asc" } }),
    db.noteRevision.findMany({ orderBy: { id: "asc" } }),
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.account.findMany({ orderBy: { id: "asc" }, select: { id: true, password: true } }),
    db.apiToken.findMany({ orderBy: { id: "asc" } }),
    db.company.findMany({ orderBy: { id: "asc" }, include: { measures: true, actions: true } }),
    db.companyRevision.findMany({ orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ notes, revisions, users, accounts, tokens, companies, companyRevisions });
}

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, value);
  return data;
}

const idle = { ok: false, message: "" } as const;

let sneakyTicker = 0;
/** A valid new company; a fresh ticker each time, so a refusal is never the duplicate rule's. */
const companyForm = () => {
  sneakyTicker += 1;
  return {
    nameKo: "침입",
    nameEn: "Sneaky",
    ticker: `SNK${sneakyTicker}`,
    market: "NYSE",
    rationale: "sneaky",
    visibility: "shared",
  };
};

/** Each mutation, run as whoever the current request headers say. */
const serverActions = {
  createNoteAction: () =>
    actions.createNoteAction(
      { kind: "measure", slug: measureSlug },
      idle,
      form({ body: "sneaky", visibility: "shared" }),
    ),
  updateNoteAction: () => actions.updateNoteAction(liveId, idle, form({ body: "defaced" })),
  deleteNoteAction: () => actions.deleteNoteAction(liveId, idle),
  restoreNoteAction: () => actions.restoreNoteAction(deletedId, idle),
  createCompanyAction: () => companyActions.createCompanyAction("power", idle, form(companyForm())),
  updateCompanyAction: () => companyActions.updateCompanyAction(companyId, idle, form({ nameEn: "Defaced" })),
  deleteCompanyAction: () => companyActions.deleteCompanyAction(companyId, idle),
  createUserAction: () =>
    accountActions.createUserAction(
      idle,
      form({ email: "new@example.com", name: "New", role: "admin", password: "long-enough-pw" }),
    ),
  revokeApiTokenAction: () => accountActions.revokeApiTokenAction(authorTokenId, idle),
  changeRoleAction: () => adminActions.changeRoleAction(idle, form({ userId: author.id, role: "admin" })),
  deactivateAccountAction: () => adminActions.deactivateAccountAction(idle, form({ userId: author.id, confirm: "on" })),
  reactivateAccountAction: () => adminActions.reactivateAccountAction(idle, form({ userId: author.id, confirm: "on" })),
  setAccountPasswordAction: () =>
    adminActions.setAccountPasswordAction(idle, form({ userId: author.id, newPassword: "long-enough-pw" })),
};

/** Account actions a signed-out caller must not reach (a signed-in user acts only on their own account). */
const ownAccountActions = {
  changePasswordAction: () =>
    accountActions.changePasswordAction(
      idle,
      form({ currentPassword: "test-password-123", newPassword: "another-password-1" }),
    ),
  createApiTokenAction: () => accountActions.createApiTokenAction(idle, form({ name: "sneaky" })),
};

function api(method: string, url: string, cookie?: string, body?: unknown) {
  const headers: Record<string, string> = {
    "content-type": "application/json",
    host: "localhost",
    origin: "http://localhost",
  };
  if (cookie) headers.cookie = cookie;
  return new Request(`http://localhost${url}`, {
    method,
    headers,
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

const apiRoutes = {
  "POST /api/measures/{slug}/notes": (cookie?: string) =>
    measureNotes.POST(api("POST", "/api/measures/x/notes", cookie, { body: "sneaky" }), {
      params: Promise.resolve({ slug: measureSlug }),
    }),
  "PATCH /api/notes/{id}": (cookie?: string) =>
    noteRoute.PATCH(api("PATCH", `/api/notes/${liveId}`, cookie, { body: "defaced" }), {
      params: Promise.resolve({ id: liveId }),
    }),
  "DELETE /api/notes/{id}": (cookie?: string) =>
    noteRoute.DELETE(api("DELETE", `/api/notes/${liveId}`, cookie), { params: Promise.resolve({ id: liveId }) }),
  "POST /api/sectors/{id}/companies": (cookie?: string) =>
    sectorCompanies.POST(api("POST", "/api/sectors/power/companies", cookie, companyForm()), {
      params: Promise.resolve({ id: "power" }),
    }),
  "PATCH /api/companies/{id}": (cookie?: string) =>
    companyRoute.PATCH(api("PATCH", `/api/companies/${companyId}`, cookie, { nameEn: "Defaced" }), {
      params: Promise.resolve({ id: companyId }),
    }),
  "DELETE /api/companies/{id}": (cookie?: string) =>
    companyRoute.DELETE(api("DELETE", `/api/companies/${companyId}`, cookie), {
      params: Promise.resolve({ id: companyId }),
    }),
};

let measureSlug: string;

beforeAll(async () => {
  measureSlug = (await db.measure.findFirstOrThrow({ select: { slug: true } })).slug;
  author = await createViewer("sweep-author");
  intruder = await createViewer("sweep-intruder");
  intruderCookie = await sessionCookie(intruder);
  liveId = (await createNote(author, { measureId: "I-1" }, { body: "mine", visibility: "shared" })).id;
  deletedId = (await createNote(author, { measureId: "I-1" }, { body: "gone", visibility: "shared" })).id;
  await deleteNote(author, deletedId);
  authorTokenId = (await issueApiToken(db, author.id, "author's")).id;
  companyId = (
    await createCompany(author, "power", {
      nameKo: "저자",
      nameEn: "Author's",
      ticker: "AUTH",
      market: "NYSE",
      rationale: "mine",
      visibility: "shared",
      measures: [],
      actions: [],
    })
  ).id;
});

describe("server actions refuse and change nothing", () => {
  for (const [name, run] of Object.entries(serverActions)) {
    it(`${name} as a signed-out caller`, async () => {
      request.headers = new Headers();
      const before = await snapshot();
      const state = await run();
      expect(state).toMatchObject({ ok: false, message: "unauthorized" });
      expect(await snapshot()).toBe(before);
    });

    if (name !== "createNoteAction" && name !== "createCompanyAction") {
      it(`${name} as another analyst`, async () => {
        request.headers = new Headers({ cookie: intruderCookie });
        const before = await snapshot();
        const state = await run();
        // Each refusal says what was refused: a note or company that is not theirs, or an admin-only action.
        const refusal =
          name === "revokeApiTokenAction"
            ? "notFound"
            : name.endsWith("NoteAction")
              ? "noteForbidden"
              : name.endsWith("CompanyAction")
                ? "companyForbidden"
                : "adminOnly";
        expect(state).toMatchObject({ ok: false, message: refusal });
        expect(await snapshot()).toBe(before);
      });
    }
  }

  for (const [name, run] of Object.entries(ownAccountActions)) {
    it(`${name} as a signed-out caller`, async () => {
      request.headers = new Headers();
      const before = await snapshot();
      expect(await run()).toMatchObject({ ok: false, message: "unauthorized" });
      expect(await snapshot()).toBe(before);
    });
  }

  it("a signed-in analyst's create does go through (the sweep can tell refusal from success)", async () => {
    request.headers = new Headers({ cookie: intruderCookie });
    expect(await serverActions.createNoteAction()).toMatchObject({ ok: true });
    expect(await serverActions.createCompanyAction()).toMatchObject({ ok: true });
  });
});

describe("API routes refuse and change nothing", () => {
  for (const [name, run] of Object.entries(apiRoutes)) {
    it(`${name} without credentials is 401`, async () => {
      const before = await snapshot();
      expect((await run()).status).toBe(401);
      expect(await snapshot()).toBe(before);
    });

    if (!name.startsWith("POST")) {
      it(`${name} by another analyst is 403`, async () => {
        const before = await snapshot();
        expect((await run(intruderCookie)).status).toBe(403);
        expect(await snapshot()).toBe(before);
      });
    }
  }

  it("a cookie-authenticated post from another site is 403", async () => {
    const before = await snapshot();
    const crossSite = new Request(`http://localhost/api/measures/${measureSlug}/notes`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        host: "localhost",
        origin: "https://evil.example",
        cookie: intruderCookie,
      },
      body: JSON.stringify({ body: "csrf" }),
    });
    expect((await measureNotes.POST(crossSite, { params: Promise.resolve({ slug: measureSlug }) })).status).toBe(403);
    expect(await snapshot()).toBe(before);
  });
});
