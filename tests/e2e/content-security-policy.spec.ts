import { expect, type Page, test } from "@playwright/test";
import { AccountSite } from "./pages/account-site";
import { NotesPage } from "./pages/notes-page";
import { pressQuickJump, SearchSite } from "./pages/search-site";
import { TrackingSite } from "./pages/tracking-site";
import { E2E_PASSWORD, ensureUser, uniqueEmail } from "./support/accounts";

const MEASURE = "develop-a-grid-to-match-the-pace-of-ai-innovation";

/**
 * Records every CSP violation the page reports (the DOM event, registered before any page script
 * runs) and every console error that names the policy.
 */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  await page.exposeFunction("reportCspViolation", (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { reportCspViolation(line: string): void }).reportCspViolation(
        `${event.violatedDirective} blocked ${event.blockedURI || "inline"} on ${location.pathname}`,
      );
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Every <script> of the server's HTML carries the nonce of the response it came with. */
async function expectScriptsNonced(page: Page, path: string) {
  const response = await page.goto(path);
  const policy = response?.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, `${path} has a nonce in its policy`).toBeTruthy();
  const tags = (await response!.text()).match(/<script\b[^>]*>/g) ?? [];
  expect(tags.length, `${path} renders scripts`).toBeGreaterThan(0);
  for (const tag of tags) expect(tag, path).toContain(`nonce="${nonce}"`);
}

test("every response has a script policy with a fresh nonce and no inline script allowed without it", async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (const path of ["/en", "/en", `/ko/measures/${MEASURE}`, "/en/sectors", "/en/sign-in", "/en/nope", "/nope.txt"]) {
    const response = await request.get(path);
    const policy = response.headers()["content-security-policy"];
    expect(policy, path).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/);
    expect(policy, path).not.toContain("'unsafe-inline' 'strict-dynamic'");
    expect(
      policy.split(/;\s*/).find((directive) => directive.startsWith("script-src")),
      path,
    ).not.toContain("unsafe-inline");
    for (const directive of [
      "connect-src 'self'",
      "img-src 'self' data:",
      "frame-ancestors 'none'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
    ]) {
      expect(policy, path).toContain(directive);
    }
    nonces.add(/'nonce-([^']+)'/.exec(policy)![1]);
  }
  expect(nonces.size, "a new nonce per response").toBe(7);
  // Outside the proxy (static chunks) the policy has no nonce and allows no inline script at all.
  const html = await (await request.get("/en")).text();
  const chunk = /\/_next\/static\/[^"]+\.js/.exec(html)?.[0];
  expect(chunk).toBeTruthy();
  expect((await request.get(chunk!)).headers()["content-security-policy"]).toMatch(/^script-src 'self';/);
});

test("signed-out pages, the palette and sign-in run without a CSP violation", async ({ page }) => {
  const violations = await watchViolations(page);
  for (const path of [
    "/en",
    "/ko",
    `/en/measures/${MEASURE}`,
    "/en/pillars/accelerate-ai-innovation",
    "/ko/sectors",
    "/en/sectors/power",
    "/en/search?q=grid",
    "/en/timeline",
    "/ko/whats-new",
    "/en/sign-in",
    "/en/nope",
    "/nope.txt",
  ]) {
    await expectScriptsNonced(page, path);
  }
  await page.goto("/en");
  await pressQuickJump(page);
  const search = new SearchSite(page);
  await expect(search.palette()).toBeVisible();
  await search.paletteInput().fill("grid");
  await expect(search.paletteOptions().first()).toBeVisible();
  await page.keyboard.press("Escape");
  // Client-side navigation loads more chunks under 'strict-dynamic'.
  await page.getByRole("main").getByRole("link").filter({ hasText: /./ }).first().click();
  await page.waitForLoadState("networkidle");
  expect(violations).toEqual([]);
});

test("signed in: the notes form, tracking controls and account pages run without a CSP violation", async ({ page }) => {
  const violations = await watchViolations(page);
  const email = uniqueEmail("csp");
  ensureUser(email, "CSP Analyst", "analyst");
  const site = new AccountSite(page);
  await site.signIn(email, E2E_PASSWORD);
  await site.expectSignedIn("CSP Analyst");

  await expectScriptsNonced(page, `/en/measures/${MEASURE}`);
  const notes = new NotesPage(page).section();
  await notes.getByLabel("Note (Markdown)").fill("**csp** check");
  await notes.getByRole("button", { name: "Preview" }).click();
  await expect(notes.getByRole("region", { name: "Preview" })).toContainText("csp");
  await new TrackingSite(page).follow("measure");
  for (const path of ["/en/events/new", "/en/following", "/en/account", "/en/whats-new"])
    await expectScriptsNonced(page, path);
  await site.signOut();
  expect(violations).toEqual([]);
});
