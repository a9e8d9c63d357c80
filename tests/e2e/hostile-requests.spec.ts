import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { E2E_DATABASE, E2E_PASSWORD, uniqueEmail } from "./support/accounts";
import { databaseFingerprint, userIdByEmail } from "./support/database-fingerprint";

/**
 * A table of hostile and malformed requests against every page and route: none may answer 5xx;
 * the JSON API answers a 4xx with `{ error }`; pages answer a normal page; and nothing is written.
 */
const MARKER = "hostile7x";
const MEASURE = "develop-a-grid-to-match-the-pace-of-ai-innovation";
const SCRIPT = `<script>alert('${MARKER}')</script>`;
const SQL = `' OR 1=1; DROP TABLE Note; -- ${MARKER}`;
const FTS = `"${MARKER}" NEAR( OR * AND ^ NOT: {col}:x -`;
const HUGE = "x".repeat(12_000);
const BAD_UTF8 = Buffer.from([
  0x7b, 0x22, 0x62, 0x6f, 0x64, 0x79, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d,
]); // {"body":"\xff\xfe\xc3(" }

type Hostile = {
  name: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  data?: string | Buffer;
  auth?: boolean;
};

const PAGES = [
  "/en",
  "/ko",
  `/en/measures/${MEASURE}`,
  "/en/pillars/accelerate-ai-innovation",
  "/ko/sectors",
  "/en/sectors/power",
  "/en/search",
  "/en/timeline",
  "/en/whats-new",
  "/en/sign-in",
  "/en/following",
  "/en/account",
  "/en/briefs",
  "/ko/briefs",
];
const READ_APIS = [
  "/api/measures",
  "/api/pillars",
  "/api/sectors",
  "/api/events",
  "/api/search",
  `/api/measures/${MEASURE}`,
  "/api/follows",
  "/feed.xml",
  "/exports/events.csv",
  "/exports/measures.json",
  "/exports/notes.json",
  "/exports/brief.md",
  "/exports/brief.pdf",
  "/feeds/briefs.xml",
];
const NOTES = `/api/measures/${MEASURE}/notes`;

const CASES: Hostile[] = [
  // Query strings full of SQL, FTS syntax, script and junk, on every page and read route.
  ...[...PAGES, ...READ_APIS].flatMap((path): Hostile[] => [
    {
      name: `SQL in the query of ${path}`,
      path: `${path}?q=${encodeURIComponent(SQL)}&pillar=${encodeURIComponent(SQL)}&from=${encodeURIComponent(SQL)}`,
    },
    {
      name: `script and FTS syntax in the query of ${path}`,
      path: `${path}?q=${encodeURIComponent(SCRIPT + FTS)}&type=${encodeURIComponent(SCRIPT)}&lang=xx`,
    },
    { name: `bad percent-encoding in the query of ${path}`, path: `${path}?q=%E0%A4%A&sector=%ZZ&limit=%FF` },
    { name: `a 12 kB query string on ${path}`, path: `${path}?q=${HUGE}` },
    {
      name: `POST with malformed JSON to ${path}`,
      path,
      method: "POST",
      headers: { "content-type": "application/json" },
      data: '{"body": ',
    },
  ]),
  // Slugs: traversal, encoded traversal, script, SQL, NUL and overlong names.
  ...[
    "../../etc/passwd",
    "..%2F..%2Fetc%2Fpasswd",
    "%2e%2e%2f%2e%2e%2f",
    encodeURIComponent(SCRIPT),
    encodeURIComponent(SQL),
    "%00",
    "a".repeat(3000),
    "%E0%A4%A",
  ].flatMap((slug): Hostile[] => [
    { name: `slug ${slug.slice(0, 24)} on the measure page`, path: `/en/measures/${slug}` },
    { name: `slug ${slug.slice(0, 24)} on the sector page`, path: `/ko/sectors/${slug}` },
    { name: `slug ${slug.slice(0, 24)} on /api/measures/[slug]`, path: `/api/measures/${slug}` },
    { name: `slug ${slug.slice(0, 24)} on the measure feed`, path: `/feeds/measures/${slug}.xml` },
  ]),
  { name: "bad percent-encoding at the top level", path: "/%E0%A4%A" },
  { name: "a language that is not one", path: `/xx/measures/${MEASURE}` },
  { name: "a file name the app does not serve", path: "/wp-login.php" },
  { name: "a note id that is SQL", path: `/en/notes/${encodeURIComponent(SQL)}/edit` },
  { name: "an event id that is script", path: `/en/events/${encodeURIComponent(SCRIPT)}/edit` },
  // Headers.
  ...["en-US,en;q=abc", "*;q=-1, ko;q=2", "x".repeat(4000), "ko-KR;;;,,,;q=", "\u00e9"].map(
    (value): Hostile => ({
      name: `Accept-Language ${value.slice(0, 16)}`,
      path: "/",
      headers: { "accept-language": value },
    }),
  ),
  {
    name: "a cookie of junk",
    path: `/en/measures/${MEASURE}`,
    headers: { cookie: `better-auth.session_token=${SQL}; NEXT_LOCALE=${SCRIPT}` },
  },
  {
    name: "a forged session cookie on the API",
    path: "/api/follows",
    headers: { cookie: "better-auth.session_token=abc.def" },
  },
  { name: "a Bearer token that is SQL", path: NOTES, headers: { authorization: `Bearer ${SQL}` } },
  { name: "an Authorization header of another scheme", path: NOTES, headers: { authorization: "Basic Zm9vOmJhcg==" } },
  {
    name: "a Host header of another site",
    path: "/en",
    headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "javascript" },
  },
  { name: "Accept: nothing the server makes", path: "/api/measures", headers: { accept: "application/x-evil" } },
  { name: "a Range header on a page", path: "/en", headers: { range: "bytes=999999999-" } },
  {
    name: "a forged server action",
    path: "/en",
    method: "POST",
    headers: { "next-action": "deadbeef", "content-type": "text/plain" },
    data: "[]",
  },
  {
    name: "a forged server action with a script body",
    path: `/en/measures/${MEASURE}`,
    method: "POST",
    headers: { "next-action": "0".repeat(42), "content-type": "multipart/form-data; boundary=x" },
    data: `--x\r\n${SCRIPT}`,
  },
  // Wrong methods.
  ...["PUT", "DELETE", "PATCH"].flatMap((method): Hostile[] => [
    { name: `${method} /api/measures`, path: "/api/measures", method },
    { name: `${method} /api/search`, path: "/api/search?q=grid", method },
    { name: `${method} /feed.xml`, path: "/feed.xml", method },
  ]),
  { name: "DELETE a measure's notes collection", path: NOTES, method: "DELETE", auth: true },
  // The notes API, signed in with a token: bodies of every wrong kind.
  {
    name: "notes: malformed JSON",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: '{"body": "x"',
  },
  {
    name: "notes: JSON that is not an object",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: "[1,2,3]",
  },
  {
    name: "notes: null",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: "null",
  },
  {
    name: "notes: wrong field types",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ body: { $gt: "" }, visibility: ["shared"] }),
  },
  {
    name: "notes: a visibility that is not one",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ body: MARKER, visibility: "public'--" }),
  },
  {
    name: "notes: an oversize body",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ body: MARKER + "가".repeat(200_000), visibility: "private" }),
  },
  {
    name: "notes: a body over the note limit",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ body: MARKER + "x".repeat(20_001), visibility: "private" }),
  },
  {
    name: "notes: an empty body",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: "",
  },
  {
    name: "notes: form-encoded",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    data: `body=${MARKER}&visibility=private`,
  },
  {
    name: "notes: text/plain JSON",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "text/plain" },
    data: JSON.stringify({ body: MARKER, visibility: "private" }),
  },
  {
    name: "notes: no content type",
    path: NOTES,
    method: "POST",
    auth: true,
    data: JSON.stringify({ body: MARKER, visibility: "private" }),
  },
  {
    name: "notes: invalid UTF-8",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: BAD_UTF8,
  },
  {
    name: "notes: a lying Content-Length",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json", "content-length": "99999999" },
    data: "{}",
  },
  {
    name: "notes: on an unknown measure",
    path: `/api/measures/${encodeURIComponent(SQL)}/notes`,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ body: MARKER, visibility: "private" }),
  },
  {
    name: "notes: signed out",
    path: NOTES,
    method: "POST",
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ body: MARKER, visibility: "private" }),
  },
  {
    name: "notes: PATCH a note id that is SQL",
    path: `/api/notes/${encodeURIComponent(SQL)}`,
    method: "PATCH",
    auth: true,
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ body: MARKER }),
  },
  { name: "notes: DELETE a traversal id", path: "/api/notes/..%2F..%2Fmeasures", method: "DELETE", auth: true },
  { name: "notes: revisions of a script id", path: `/api/notes/${encodeURIComponent(SCRIPT)}/revisions`, auth: true },
  // Better Auth's routes.
  {
    name: "sign-in: malformed JSON",
    path: "/api/auth/sign-in/email",
    method: "POST",
    headers: { "content-type": "application/json" },
    data: '{"email":',
  },
  {
    name: "sign-in: SQL as the address",
    path: "/api/auth/sign-in/email",
    method: "POST",
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ email: SQL, password: 1 }),
  },
  {
    name: "sign-up while closed, with a role",
    path: "/api/auth/sign-up/email",
    method: "POST",
    headers: { "content-type": "application/json" },
    data: JSON.stringify({
      email: `${MARKER}@example.com`,
      name: MARKER,
      password: "long-enough-password",
      role: "admin",
    }),
  },
  { name: "an auth route that does not exist", path: "/api/auth/..%2F..%2Fadmin", method: "POST" },
  // The admin plugin's own routes are closed: account changes go only through the guarded admin page.
  ...["set-role", "impersonate-user", "ban-user", "update-user", "remove-user", "set-user-password"].flatMap(
    (route): Hostile[] => [
      {
        name: `admin plugin route ${route} with a token`,
        path: `/api/auth/admin/${route}`,
        method: "POST",
        auth: true,
        headers: { "content-type": "application/json" },
        data: JSON.stringify({
          userId: MARKER,
          role: "admin",
          newPassword: "long-enough-password",
          data: { role: "admin" },
        }),
      },
      {
        name: `admin plugin route ${route} signed out`,
        path: `/api/auth/admin/${route}`,
        method: "POST",
        headers: { "content-type": "application/json" },
        data: JSON.stringify({ userId: MARKER, role: "admin" }),
      },
    ],
  ),
  // Bad input that answered 500 before the request gate (issue 10, items 3, 4, 8 and 9).
  { name: "a path that decodes to a bare %", path: "/en/%25" },
  { name: "a measure slug that decodes to a bare %", path: "/ko/measures/%25" },
  ...["/en", `/en/measures/${MEASURE}`, "/api/measures", "/feed.xml", "/exports/notes.json", "/"].map(
    (path): Hostile => ({ name: `TRACE ${path}`, path, method: "TRACE" }),
  ),
  { name: "CONNECT-like junk method", path: "/en", method: "PROPFIND" },
  {
    name: "a server action from another origin",
    path: `/en/measures/${MEASURE}`,
    method: "POST",
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain", origin: "https://evil.example" },
    data: "[]",
  },
  {
    name: "a no-JavaScript form post from another origin",
    path: `/en/measures/${MEASURE}`,
    method: "POST",
    headers: { "content-type": "multipart/form-data; boundary=x", origin: "https://evil.example" },
    data: `--x\r\nContent-Disposition: form-data; name="$ACTION_ID_${"0".repeat(42)}"\r\n\r\n\r\n--x--\r\n`,
  },
  {
    name: "a server action body over 1 MB",
    path: `/en/measures/${MEASURE}`,
    method: "POST",
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain" },
    data: `["${"x".repeat(1024 * 1024 + 10)}"]`,
  },
  {
    name: "a server action body of malformed JSON",
    path: "/en",
    method: "POST",
    headers: { "next-action": "0".repeat(42), "content-type": "text/plain" },
    data: '[{"a":',
  },
  {
    name: "a server action multipart body cut short",
    path: "/en",
    method: "POST",
    headers: { "next-action": "0".repeat(42), "content-type": "multipart/form-data; boundary=x" },
    data: '--x\r\nContent-Disposition: form-data; name="a"\r\n\r\nfoo',
  },
  {
    name: "notes: a list nested 3,000 levels deep",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ body: `${"- ".repeat(3000)}${MARKER}`, visibility: "private" }),
  },
  {
    name: "notes: quotes nested 21 levels deep",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ body: `${"> ".repeat(21)}${MARKER}`, visibility: "private" }),
  },
  {
    name: "notes: a table padded to 2,000 × 5,000 cells",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: JSON.stringify({
      body: `|${"a|".repeat(2000)}\n|${"-|".repeat(2000)}\n${"x\n".repeat(5000)}`.slice(0, 19_000),
    }),
  },
  {
    name: "notes: zero-width spaces and a BOM only",
    path: NOTES,
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ body: "\u200B\u200B\uFEFF\u2060", visibility: "private" }),
  },
  ...[
    { name: "Admin" },
    { name: "x".repeat(200_000) },
    { name: "" },
    { name: "Ana\u202Egnp" },
    { image: "javascript:alert(1)" },
  ].map(
    (data): Hostile => ({
      name: `Better Auth update-user with ${JSON.stringify(data).slice(0, 30)}`,
      path: "/api/auth/update-user",
      method: "POST",
      auth: true,
      headers: { "content-type": "application/json" },
      data: JSON.stringify(data),
    }),
  ),
  {
    name: "Better Auth change-password over HTTP",
    path: "/api/auth/change-password",
    method: "POST",
    auth: true,
    headers: { "content-type": "application/json" },
    data: JSON.stringify({ currentPassword: "x", newPassword: "long-enough-password" }),
  },
];

test("hostile and malformed requests get a 4xx or a normal page, never a 5xx, and change nothing", async ({
  request,
}) => {
  test.setTimeout(180_000);
  expect(CASES.length).toBeGreaterThanOrEqual(100);
  const email = uniqueEmail(MARKER);
  const output = execFileSync(
    "npx",
    ["tsx", "lib/cli/user-create.ts", "--email", email, "--name", "Hostile", "--role", "analyst", "--token"],
    {
      env: { ...process.env, DATABASE_URL: E2E_DATABASE, USER_PASSWORD: E2E_PASSWORD },
    },
  ).toString();
  const token = /API token \(shown once\): (\S+)/.exec(output)?.[1];
  expect(token).toBeTruthy();
  const userId = userIdByEmail(email);
  const before = databaseFingerprint(userId, MARKER);

  const failures: string[] = [];
  for (const hostile of CASES) {
    const headers = { ...hostile.headers, ...(hostile.auth ? { authorization: `Bearer ${token}` } : {}) };
    const response = await request.fetch(hostile.path, {
      method: hostile.method ?? "GET",
      headers,
      data: hostile.data,
      maxRedirects: 0,
    });
    const status = response.status();
    const type = response.headers()["content-type"] ?? "";
    const isApi = hostile.path.startsWith("/api/");
    if (status >= 500) failures.push(`${hostile.name}: ${status}`);
    else if (isApi && status >= 400) {
      // Better Auth's own errors say `message`; the app's say `error`.
      const body = type.includes("json") ? await response.json().catch(() => null) : null;
      const message = body?.error ?? body?.message;
      if (typeof message !== "string" || !message)
        failures.push(`${hostile.name}: ${status} without a JSON error (${type})`);
      if (status === 405 && !response.headers().allow) failures.push(`${hostile.name}: 405 without Allow`);
    } else if (!isApi && status === 200 && type.includes("text/html") && !(await response.text()).includes("<html")) {
      failures.push(`${hostile.name}: 200 but not a page`);
    }
    if (status < 400 && hostile.auth && hostile.method && hostile.method !== "GET")
      failures.push(`${hostile.name}: accepted (${status})`);
  }
  console.log(
    `Hostile-request sweep: ${CASES.length} requests, ${failures.filter((f) => /: 5\d\d/.test(f)).length} answered 5xx.`,
  );
  expect(failures).toEqual([]);
  expect(databaseFingerprint(userId, MARKER)).toEqual(before);
});
