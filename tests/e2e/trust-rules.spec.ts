import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import Database from "better-sqlite3";
import { AccountSite } from "./pages/account-site";
import { NotesPage } from "./pages/notes-page";
import { E2E_DATABASE, E2E_PASSWORD, uniqueEmail } from "./support/accounts";

/**
 * Rules that hold against the production build (npm start → lib/cli/serve.ts): one write counter
 * per analyst across the API and the server actions, server actions refusing arguments of the
 * wrong type, text stored well-formed, the client address taken from the socket.
 */
const MEASURE = "develop-a-grid-to-match-the-pace-of-ai-innovation";

function analystWithToken(label: string): { email: string; token: string } {
  const email = uniqueEmail(label);
  const output = execFileSync(
    "npx",
    ["tsx", "lib/cli/user-create.ts", "--email", email, "--name", label, "--role", "analyst", "--token"],
    { env: { ...process.env, DATABASE_URL: E2E_DATABASE, USER_PASSWORD: E2E_PASSWORD } },
  ).toString();
  return { email, token: /API token \(shown once\): (\S+)/.exec(output)?.[1] ?? "" };
}

async function signedIn(baseURL: string, email: string, headers: Record<string, string> = {}) {
  const context = await playwrightRequest.newContext({ baseURL });
  const response = await context.post("/api/auth/sign-in/email", {
    data: { email, password: E2E_PASSWORD },
    headers: { origin: baseURL, ...headers },
  });
  expect(response.status()).toBe(200);
  return context;
}

type Action = { id: string; page: string };

/** The built app's server actions by exported name: the id a browser posts and a page that has it. */
function actionIds(): Record<string, Action> {
  const manifest = JSON.parse(fs.readFileSync(".next/server/server-reference-manifest.json", "utf8"));
  const entries = Object.entries(manifest.node as Record<string, { exportedName: string; workers: object }>);
  return Object.fromEntries(
    entries.map(([id, entry]) => {
      const worker = Object.keys(entry.workers)[0] ?? "app/[locale]/page";
      const page = worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace("[locale]", "en")
        .replace("[slug]", MEASURE)
        .replace(/\[\.\.\.\w+\]|\[\w+\]/g, "x");
      return [entry.exportedName, { id, page: page || "/en" }];
    }),
  );
}

function callAction(context: APIRequestContext, baseURL: string, action: Action, args: string) {
  return context.post(action.page, {
    headers: { "next-action": action.id, "content-type": "text/plain;charset=UTF-8", origin: baseURL },
    data: args,
    maxRedirects: 0,
  });
}

const notesOf = (email: string) =>
  new Database(E2E_DATABASE, { readonly: true })
    .prepare('SELECT n.body FROM Note n JOIN "user" u ON u.id = n.authorId WHERE u.email = ?')
    .all(email) as { body: string }[];

test("one write limit per analyst: API writes to 429, then the note form and a preview are refused too", async ({
  request,
  page,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const { email, token } = analystWithToken("limit");
  // Signed in first: the sign-in is not a write, but the limit would be reached before it otherwise.
  const account = new AccountSite(page);
  await account.signIn(email);
  await account.expectSignedIn("limit");
  let status = 0;
  let writes = 0;
  while (writes < 400) {
    const response = await request.post(`/api/measures/${MEASURE}/notes`, {
      headers: { authorization: `Bearer ${token}` },
      data: { body: `limit note ${writes}`, visibility: "private" },
    });
    status = response.status();
    if (status === 429) break;
    expect(status).toBe(201);
    writes += 1;
  }
  expect(status).toBe(429);
  const before = notesOf(email).length;
  const notes = new NotesPage(page);
  await notes.open(MEASURE);
  const section = notes.section();
  await section.getByLabel("Note (Markdown)").fill("one more after the limit");
  await section.getByRole("button", { name: "Save note" }).click();
  await expect(section.getByRole("alert")).toContainText("Too many changes in a short time");
  expect(notesOf(email).length).toBe(before);
  const ids = actionIds();
  const preview = await callAction(page.request, baseURL ?? "", ids.previewNoteAction, JSON.stringify(["**preview**"]));
  expect(preview.status()).toBeLessThan(500);
  expect(await preview.text()).not.toContain("preview</strong>");
});

test("server actions answer arguments of the wrong type with a refusal, never a 500", async ({ baseURL }) => {
  test.setTimeout(120_000);
  const base = baseURL ?? "";
  const { email } = analystWithToken("args");
  const session = await signedIn(base, email);
  const ids = actionIds();
  const state = { ok: false, message: "" };
  const cases: [string, unknown[]][] = [
    ["deleteNoteAction", [{ $gt: "" }, state]],
    ["deleteNoteAction", [null, null]],
    ["restoreNoteAction", [["x"], state]],
    ["updateNoteAction", [{ id: 1 }, state, "not a form"]],
    ["createNoteAction", [null, state, "not a form"]],
    ["createNoteAction", [{ kind: "pillar", id: "I" }, state, null]],
    ["toggleFollowAction", [state, "not a form"]],
    ["recordActionStatusAction", [1, 2]],
    ["saveEventAction", [state, { eventId: "x" }]],
    ["revokeApiTokenAction", [{ id: "x" }, state]],
    ["renameAction", [state, { name: "Admin" }]],
    ["changePasswordAction", [state, null]],
    ["changeRoleAction", [state, "x"]],
    ["previewNoteAction", [{ body: "x" }]],
    ["signInAction", [state, 42]],
  ];
  const failures: string[] = [];
  for (const [name, args] of cases) {
    const response = await callAction(session, base, ids[name], JSON.stringify(args));
    if (response.status() >= 500) failures.push(`${name}(${JSON.stringify(args)}): ${response.status()}`);
  }
  // An analyst calling an admin action is told what was refused.
  const admin = await callAction(session, base, ids.changeRoleAction, JSON.stringify([state, "x"]));
  expect(await admin.text()).toContain("Only an admin can manage accounts");
  expect(failures).toEqual([]);
  expect(notesOf(email)).toEqual([]);
  await session.dispose();
});

test("stored text is well-formed, and a session records the socket's address, not X-Forwarded-For", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { email, token } = analystWithToken("text");
  const created = await request.post(`/api/measures/${MEASURE}/notes`, {
    headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
    data: '{"body":"lone \\ud800 surrogate e\\u0301","visibility":"private"}',
  });
  expect(created.status()).toBe(201);
  const [stored] = notesOf(email);
  expect(stored.body).toBe("lone \uFFFD surrogate é");

  const session = await signedIn(baseURL ?? "", email, { "x-forwarded-for": "203.0.113.66" });
  const row = new Database(E2E_DATABASE, { readonly: true })
    .prepare('SELECT s.ipAddress FROM session s JOIN "user" u ON u.id = s.userId WHERE u.email = ?')
    .get(email) as { ipAddress: string };
  expect(row.ipAddress).not.toBe("203.0.113.66");
  expect(row.ipAddress).toMatch(/127\.0\.0\.1|::1|::ffff:127\.0\.0\.1/);
  await session.dispose();
});
