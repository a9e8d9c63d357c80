import { execFileSync } from "node:child_process";
import { type APIRequestContext, expect, request as playwrightRequest, test } from "@playwright/test";
import { E2E_DATABASE, E2E_PASSWORD, ensureUser, uniqueEmail } from "./support/accounts";

/**
 * The leak sweep: an analyst writes a shared note, a private note, and a note drafted in private
 * then shared, each with its own marker. Every page in the sitemap (and its RSC variant), every
 * feed, export, API route and search (page, palette's API, RSC) is then requested signed out and
 * as another analyst; each marker may appear only where the rules allow:
 *   signed out — no marker anywhere; another analyst — the shared ones, never the private note
 *   nor the private draft of the shared note.
 */
const RUN = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
const SHARED = `leaksharedx${RUN}`;
const PRIVATE = `leakprivatex${RUN}`;
const DRAFT = `leakdraftx${RUN}`;
const MEASURE_ID = "I-4";

function tokenFor(email: string, name: string): string {
  const output = execFileSync(
    "npx",
    ["tsx", "lib/cli/user-create.ts", "--email", email, "--name", name, "--role", "analyst", "--token"],
    { env: { ...process.env, DATABASE_URL: E2E_DATABASE, USER_PASSWORD: E2E_PASSWORD } },
  ).toString();
  const token = /API token \(shown once\): (\S+)/.exec(output)?.[1];
  if (!token) throw new Error("user:create printed no token");
  return token;
}

async function signedIn(baseURL: string, email: string): Promise<APIRequestContext> {
  const context = await playwrightRequest.newContext({ baseURL });
  const response = await context.post("/api/auth/sign-in/email", {
    data: { email, password: E2E_PASSWORD },
    headers: { origin: baseURL },
  });
  expect(response.status()).toBe(200);
  return context;
}

test("no marker reaches a reader the rules keep it from, on any page, feed, export, API or search", async ({
  request,
  baseURL,
}) => {
  test.setTimeout(300_000);
  const base = baseURL ?? "";
  const author = tokenFor(uniqueEmail("leak-author"), `Author ${RUN}`);
  const otherEmail = uniqueEmail("leak-other");
  ensureUser(otherEmail, "Other analyst", "analyst");
  const bearer = { authorization: `Bearer ${author}` };

  const measure = await (await request.get(`/api/measures/${MEASURE_ID}`)).json().catch(() => null);
  const measures = (await (await request.get("/api/measures")).json()).data as { id: string; slug: string }[];
  const slug = measure?.data?.slug ?? measures.find((m) => m.id === MEASURE_ID)?.slug;
  expect(slug).toBeTruthy();
  const write = (body: string, visibility: string) =>
    request.post(`/api/measures/${slug}/notes`, { headers: bearer, data: { body, visibility } });
  const shared = await (await write(`${SHARED} shared reading`, "shared")).json();
  const priv = await (await write(`${PRIVATE} private reading`, "private")).json();
  const drafted = await (await write(`${DRAFT} first draft`, "private")).json();
  const published = await request.patch(`/api/notes/${drafted.note.id}`, {
    headers: bearer,
    data: { body: `${SHARED} published version`, visibility: "shared" },
  });
  expect(published.status()).toBe(200);
  const noteIds = [shared.note.id, priv.note.id, drafted.note.id];

  const sitemap = await (await request.get("/sitemap.xml")).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]).pathname);
  expect(listed.length).toBeGreaterThan(30);
  // Action and agency pages share one template each: the first 8 of each (per language) stand for the rest.
  const perTemplate = new Map<string, number>();
  const pages = listed.filter((path) => {
    const template = path.match(/^\/\w+\/(actions|agencies)\//)?.[0];
    if (!template) return true;
    perTemplate.set(template, (perTemplate.get(template) ?? 0) + 1);
    return (perTemplate.get(template) ?? 0) <= 8;
  });
  const q = encodeURIComponent(RUN);
  const localized = (path: string) => ["ko", "en"].map((lang) => `/${lang}${path}`);
  const paths = [
    ...pages,
    ...localized(`/search?q=${q}`),
    ...localized("/whats-new"),
    ...localized("/following"),
    ...localized("/account"),
    ...noteIds.flatMap((id) => [...localized(`/notes/${id}/history`), ...localized(`/notes/${id}/edit`)]),
    ...localized(`/notes/${drafted.note.id}/history?from=1&to=2`),
  ];
  const documents = [
    "/feed.xml?lang=en",
    "/feed.xml?lang=ko",
    `/feeds/measures/${slug}.xml`,
    ...["infrastructure", "power", "semiconductors"].map((id) => `/feeds/sectors/${id}.xml`),
    "/exports/notes.json",
    "/exports/notes.md",
    "/exports/brief.md?lang=en",
    "/exports/brief.md?lang=ko",
    "/exports/brief.pdf?lang=en",
    "/feeds/briefs.xml",
    "/exports/measures.json",
    "/exports/measures.csv",
    "/exports/events.json",
    "/exports/events.csv",
    "/api/measures",
    `/api/measures/${slug}`,
    `/api/measures/${slug}/notes`,
    "/api/pillars",
    "/api/sectors",
    "/api/events",
    "/api/follows",
    `/api/search?q=${q}`,
    `/api/search?q=${q}&type=note`,
    `/api/search?q=leak`,
    ...noteIds.flatMap((id) => [`/api/notes/${id}`, `/api/notes/${id}/revisions`]),
  ];

  const other = await signedIn(base, otherEmail);
  const anonymous = await playwrightRequest.newContext({ baseURL: base });
  const readers = [
    { name: "signed out", context: anonymous, allowed: [] as string[] },
    { name: "another analyst", context: other, allowed: [SHARED] },
  ];
  const leaks: string[] = [];
  const serverErrors: string[] = [];
  let requests = 0;
  for (const reader of readers) {
    const requestsFor = [
      ...paths.map((path) => ({ path, headers: {} as Record<string, string> })),
      ...paths.map((path) => ({ path, headers: { RSC: "1" } })),
      ...documents.map((path) => ({ path, headers: {} as Record<string, string> })),
    ];
    for (const { path, headers } of requestsFor) {
      const response = await reader.context.get(path, { headers, maxRedirects: 0 });
      requests += 1;
      if (response.status() >= 500)
        serverErrors.push(`${reader.name} ${path} ${JSON.stringify(headers)}: ${response.status()}`);
      const body = await response.text();
      for (const marker of [SHARED, PRIVATE, DRAFT])
        if (body.includes(marker) && !reader.allowed.includes(marker))
          leaks.push(`${reader.name} ${path} ${JSON.stringify(headers)}: ${marker.replace(RUN, "")}`);
    }
  }
  // The rules let the other analyst see the shared notes: make sure the sweep would have seen them.
  const seen = await (await other.get(`/api/measures/${slug}/notes`)).text();
  expect(seen).toContain(SHARED);
  expect(await (await other.get("/exports/brief.md?lang=en")).text()).toContain(SHARED); // this week's brief
  console.log(`Leak sweep: ${requests} requests, ${serverErrors.length} answered 5xx, ${leaks.length} leaks.`);
  expect(leaks).toEqual([]);
  expect(serverErrors).toEqual([]);
  await other.dispose();
  await anonymous.dispose();
});
