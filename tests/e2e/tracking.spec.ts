import { type Browser, expect, test } from "@playwright/test";
import { AccountSite } from "./pages/account-site";
import { TrackingSite } from "./pages/tracking-site";
import { ensureUser, uniqueEmail } from "./support/accounts";

const MEASURE = { id: "III-5", slug: "align-protection-measures-globally" };
const ACTION = "III-5.1";

function newAnalyst(name: string) {
  const email = uniqueEmail(name.toLowerCase().replace(/\W+/g, "-"));
  ensureUser(email, name, "analyst");
  return email;
}

async function signedIn(browser: Browser, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await new AccountSite(page).signIn(email);
  await expect(page).toHaveURL(/\/en$/);
  return { context, page, site: new TrackingSite(page) };
}

test("an analyst's sourced status change shows on the measure, the timeline, what's new, the feed and a follower's page", async ({
  browser,
  request,
}) => {
  // A long journey through two signed-in browsers and four pages; the default 30 s is for one page.
  test.setTimeout(90_000);
  const [followerEmail, analystEmail] = [newAnalyst("Follower"), newAnalyst("Status Analyst")];
  const follower = await signedIn(browser, followerEmail);
  await follower.site.openMeasure(MEASURE.slug);
  await follower.site.follow("measure");

  // A measure's status is derived from its actions: the measure page has no form of its own.
  const analyst = await signedIn(browser, analystEmail);
  await analyst.site.openMeasure(MEASURE.slug);
  await expect(analyst.site.statusSection().getByRole("button", { name: "Record status" })).toHaveCount(0);
  await analyst.page
    .getByTestId("measure-actions")
    .getByRole("link", { name: new RegExp(`^${ACTION} `) })
    .click();
  await expect(analyst.page).toHaveURL(new RegExp(`/en/actions/${ACTION}$`));
  const reason = `Allied export rules aligned ${Date.now()}`;
  const source = "https://www.example.gov/notices/alignment";

  // A change without a source is refused with a message, and nothing is recorded.
  await analyst.site.recordStatus({ status: "Partially implemented", verified: true, reason, sources: [] });
  await expect(analyst.site.actionStatusSection().getByText("Cite at least one source link.")).toBeVisible();
  await expect(analyst.site.actionStatusSection().getByLabel("Reason for the change")).toHaveValue(reason);

  await analyst.site.recordStatus({ status: "Partially implemented", verified: true, reason, sources: [source] });
  await expect(analyst.site.actionStatusSection().getByRole("status")).toHaveText("Status recorded.");
  await expect(analyst.site.history().getByRole("listitem").first()).toContainText(reason);

  // On the measure page, for anyone, after a reload: the change tagged with its action, and the
  // measure's derived status saying how it got there.
  const reader = new TrackingSite(await (await browser.newContext()).newPage());
  await reader.openMeasure(MEASURE.slug);
  await expect(reader.page.getByTestId("measure-derivation")).toContainText("partially implemented");
  const latest = reader.history().getByRole("listitem").first();
  await expect(latest).toContainText(`Action ${ACTION}`);
  await expect(latest).toContainText("Partially implemented");
  await expect(latest).toContainText("✓ Verified");
  await expect(latest).toContainText("Status Analyst");
  await expect(latest).toContainText(reason);
  await expect(latest.getByRole("link", { name: source })).toHaveAttribute("href", source);

  // In the timeline, filtered to status changes of pillar III.
  await reader.openTimeline("?pillar=III&type=status-change");
  await expect(reader.page.getByTestId("timeline")).toContainText(reason);

  // In what's new.
  await reader.openWhatsNew();
  await expect(
    reader.page.getByTestId("activity-list").getByRole("listitem").filter({ hasText: reason }),
  ).toContainText("Partially implemented");

  // In the Atom feeds, site-wide and the measure's own.
  const feed = await request.get("/feed.xml?lang=en");
  expect(feed.headers()["content-type"]).toContain("application/atom+xml");
  expect(await feed.text()).toContain(reason);
  expect(await (await request.get(`/feeds/measures/${MEASURE.slug}.xml?lang=en`)).text()).toContain(reason);

  // On the follower's Following page.
  await follower.site.openFollowing();
  await expect(follower.page.getByRole("main")).toContainText(reason);
  await expect(follower.page.getByRole("link", { name: new RegExp(`${MEASURE.id}`) }).first()).toBeVisible();
});

test("a signed-out reader sees statuses but no analyst form, and the timeline filters live in the URL", async ({
  page,
}) => {
  const site = new TrackingSite(page);
  await site.openMeasure(
    "create-streamlined-permitting-for-data-centers-semiconductor-manufacturing-facilities-and-energy-infrastructure-while-guaranteeing-security",
  );
  await expect(site.statusSection()).toContainText("Implementation status");
  await expect(
    site.statusSection().getByText("Sign in as an analyst to record a status change or add an event."),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "Record status" })).toHaveCount(0);
  await expect(page.getByTestId("event-list")).toContainText("EO 14318");

  await site.openTimeline();
  await page.getByLabel("Type").selectOption({ label: "Executive order" });
  await page.getByRole("button", { name: "Apply filters" }).click();
  await expect(page).toHaveURL(/type=executive-order/);
  await expect(page.getByTestId("timeline").locator(":scope > li")).toHaveCount(8); // the 8 seeded orders (content/events.json)
});

test("an analyst adds a sourced event from a measure, then edits it, keeping the earlier version", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const analyst = await signedIn(browser, newAnalyst("Event Analyst"));
  const { page } = analyst;
  await analyst.site.openMeasure(MEASURE.slug);
  await page.getByRole("link", { name: "Add an event" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Add a timeline event");
  await expect(page.getByRole("checkbox", { name: new RegExp(`^${MEASURE.id} `) })).toBeChecked();

  const title = `Commerce requests comments ${Date.now()}`;
  await page.getByLabel("Type").selectOption({ label: "Request for information" });
  await page.getByLabel("Date (YYYY-MM-DD)").fill("2026-11-15"); // after every seeded event: on the first page
  await page.getByLabel("Title in English").fill(title);
  await page.getByLabel("Source link (http or https)").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page.getByText("Use a full http:// or https:// link.")).toBeVisible();
  await expect(page.getByLabel("Title in English")).toHaveValue(title);

  await page.getByLabel("Source link (http or https)").fill("https://www.example.gov/rfi-2025");
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page).toHaveURL(/\/en\/timeline$/);
  const card = page.getByTestId("timeline").locator(":scope > li").filter({ hasText: title });
  await expect(card).toContainText("Request for information");
  await expect(card).toContainText("Added by Event Analyst");

  await card.getByRole("link", { name: "Edit event" }).click();
  await page.getByLabel("Title in English").fill(`${title} (revised)`);
  await page.getByRole("button", { name: "Save event" }).click();
  await expect(page).toHaveURL(/\/en\/timeline$/);
  await page
    .getByTestId("timeline")
    .locator(":scope > li")
    .filter({ hasText: `${title} (revised)` })
    .getByRole("link", { name: "Edit event" })
    .click();
  await expect(page.getByRole("region", { name: "Earlier versions" })).toContainText(title);

  // A signed-out reader sees the event, with no way in to edit it.
  const reader = await (await browser.newContext()).newPage();
  await reader.goto("/en/timeline");
  await expect(
    reader
      .getByTestId("timeline")
      .locator(":scope > li")
      .filter({ hasText: `${title} (revised)` }),
  ).toContainText("Added by Event Analyst");
  await reader.waitForLoadState("networkidle"); // the browser has asked who is reading
  await expect(reader.getByRole("link", { name: "Edit event" })).toHaveCount(0);
});
