/**
 * The anonymous-page cache (lib/server/page-cache.ts) on the real server: signed-out readers share
 * one rendering, each with a nonce of its own; an analyst's change reaches them at once; a
 * signed-in analyst's page is never shared.
 */
import { expect, test } from "@playwright/test";
import { AccountSite } from "./pages/account-site";
import { TrackingSite } from "./pages/tracking-site";
import { ensureUser, uniqueEmail } from "./support/accounts";

const MEASURE = "invest-in-biosecurity";

function nonceOf(policy: string | undefined): string {
  return /'nonce-([^']+)'/.exec(policy ?? "")?.[1] ?? "";
}

test("signed-out readers share one rendering of a page, each response with a fresh nonce on its scripts", async ({
  request,
}) => {
  const responses = [];
  for (let i = 0; i < 3; i++) responses.push(await request.get(`/en/measures/${MEASURE}`));
  expect(responses.map((response) => response.status())).toEqual([200, 200, 200]);
  expect(responses[2].headers()["x-page-cache"]).toBe("hit");

  const nonces = responses.map((response) => nonceOf(response.headers()["content-security-policy"]));
  expect(new Set(nonces).size).toBe(3);
  for (const [index, response] of responses.entries()) {
    const body = await response.text();
    const scriptNonces = [...body.matchAll(/<script[^>]* nonce="([^"]+)"/g)].map((match) => match[1]);
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonces[index]]));
  }
});

test("an analyst's status change reaches a signed-out reader's next page load, and the analyst's own page is never shared", async ({
  browser,
}) => {
  const reader = new TrackingSite(await (await browser.newContext()).newPage());
  await reader.openMeasure(MEASURE);
  await reader.openMeasure(MEASURE); // now served from the cache

  const email = uniqueEmail("cache-analyst");
  ensureUser(email, "Cache Analyst", "analyst");
  const context = await browser.newContext();
  const page = await context.newPage();
  await new AccountSite(page).signIn(email);
  await expect(page).toHaveURL(/\/en$/);
  const analyst = new TrackingSite(page);
  await analyst.openAction("III-7.1"); // an action of the measure the reader has cached
  const reason = `Biosecurity screening guidance published ${Date.now()}`;
  await analyst.recordStatus({
    status: "In progress",
    verified: false,
    reason,
    sources: ["https://www.example.gov/biosecurity"],
  });
  await expect(analyst.actionStatusSection().getByRole("status")).toHaveText("Status recorded.");

  await reader.openMeasure(MEASURE);
  await expect(reader.history().getByRole("listitem").filter({ hasText: reason })).toContainText("In progress");

  // Signed in, the page is rendered for this analyst (with the notes form), never from the cache.
  const own = await context.request.get(`/en/measures/${MEASURE}`);
  expect(own.headers()["x-page-cache"]).toBeUndefined();
  expect(await own.text()).toContain("Write a note");
  const anonymous = await reader.page.request.get(`/en/measures/${MEASURE}`);
  expect(await anonymous.text()).not.toContain("Write a note");
});
