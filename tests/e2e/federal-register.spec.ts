import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { FAKE_FEDERAL_REGISTER_PORT } from "../../playwright.config";
import { fixtureDocuments } from "../support/federal-register/fixtures";
import { type FakeFederalRegister, startFakeFederalRegister } from "../support/federal-register/server";
import { AccountSite } from "./pages/account-site";
import { InboxSite } from "./pages/inbox-site";
import { ensureUser, uniqueEmail } from "./support/accounts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const NOTICE = "Fixture request for information on revising the NIST artificial intelligence risk management framework";
const MEETING = "Fixture meeting of an artificial intelligence advisory committee";
const PROPOSED = "Fixture proposed rule on spectrum for wireless networks";

// One journey on one database: the admin's run fills the inbox the analyst then works through.
test.describe.configure({ mode: "serial" });

let api: FakeFederalRegister;
const admin = uniqueEmail("watch-admin");
const analyst = uniqueEmail("watch-analyst");

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  expect(violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
}

async function signIn(page: Page, email: string, name: string) {
  const account = new AccountSite(page);
  await account.signIn(email);
  await account.expectSignedIn(name);
}

test.beforeAll(async () => {
  api = await startFakeFederalRegister(FAKE_FEDERAL_REGISTER_PORT);
  api.setDocuments(fixtureDocuments(new Date()));
  api.setPageSize(2); // the run walks next_page_url
  ensureUser(admin, "Watch Admin", "admin");
  ensureUser(analyst, "Watch Analyst", "analyst");
});
test.afterAll(() => api.close());

test("an admin adds a query and runs the watch; a failed run changes nothing", async ({ page }) => {
  const inbox = new InboxSite(page);
  await signIn(page, admin, "Watch Admin");
  await inbox.openAdmin();
  await expect(inbox.queries()).toHaveCount(1);
  await expect(inbox.queries().first()).toContainText("“artificial intelligence”");
  await expect(page.getByTestId("last-success")).toHaveText(/has not run successfully yet/);

  await inbox.addQuery({ agencies: "federal-communications-commission", types: ["Proposed rule"] });
  await expect(inbox.queries()).toHaveCount(2);
  await expect(inbox.queries().nth(1)).toContainText("federal-communications-commission");

  await inbox.runNow();
  await expect(page.getByRole("status").filter({ hasText: "Fetched 5 documents" })).toContainText("5 new in the inbox");
  await expect(inbox.runRows()).toHaveCount(1);
  await expect(inbox.runRows().first()).toContainText("Succeeded");
  await expect(inbox.inboxCount()).toHaveText("5");
  const lastSuccess = await page.getByTestId("last-success").textContent();

  api.setFailure("server-error");
  await inbox.runNow();
  await expect(page.getByRole("alert").filter({ hasText: "The run failed" })).toContainText(
    "The Federal Register API answered 500.",
  );
  api.setFailure("none");
  await page.reload();
  await expect(inbox.runRows().first()).toContainText("Failed");
  await expect(inbox.runRows().first()).toContainText("answered 500");
  await expect(page.getByTestId("last-success")).toHaveText(lastSuccess ?? "");
  await expect(inbox.inboxCount()).toHaveText("5");
  await expectNoAxeViolations(page);
});

test("an analyst accepts one candidate and dismisses another; neither comes back", async ({ page }) => {
  const inbox = new InboxSite(page);
  await signIn(page, analyst, "Watch Analyst");
  await expect(inbox.inboxCount()).toHaveText("5");
  await inbox.openInbox();
  await expect(inbox.candidate(PROPOSED)).toBeVisible();
  await expect(inbox.candidate(NOTICE)).toContainText("Becomes: Request for information");
  await expectNoAxeViolations(page);

  await inbox.review(NOTICE);
  await expect(page.getByLabel("Type")).toHaveValue("rfi");
  const suggested = page.getByTestId("suggested-actions").getByRole("checkbox");
  await expect(suggested.first()).not.toBeChecked(); // a suggestion, never ticked for the analyst
  await expectNoAxeViolations(page);
  await suggested.first().check();
  await page.getByRole("button", { name: "Accept" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  await expect(inbox.inboxCount()).toHaveText("4");
  await expect(inbox.candidate(NOTICE)).toHaveCount(0);

  await inbox.review(MEETING);
  await page.getByRole("button", { name: "Dismiss" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  await expect(inbox.inboxCount()).toHaveText("3");
  await expect(inbox.candidate(MEETING)).toHaveCount(0);

  await page.goto("/en/timeline");
  await expect(page.getByRole("main")).toContainText(`[Test fixture] ${NOTICE}`);
  const feed = await (await page.request.get("/feed.xml?lang=en")).text();
  expect(feed).toContain(`[Test fixture] ${NOTICE}`);
  expect(feed).toContain("https://fixtures.example.org/documents/2026-90003");

  // The analyst may not run the watch.
  await page.goto("/en/admin/federal-register");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Only administrators manage the Federal Register watch.",
  );
});

test("a second run brings back neither the accepted nor the dismissed document", async ({ page }) => {
  const inbox = new InboxSite(page);
  await signIn(page, admin, "Watch Admin");
  await inbox.openAdmin();
  // The API sends every document again, all dated on or after the mark (today).
  api.setDocuments(fixtureDocuments(new Date(Date.now() + 20 * 86_400_000)));
  await inbox.runNow();
  await expect(page.getByRole("status").filter({ hasText: "Fetched 5 documents" })).toContainText("0 new in the inbox");
  await expect(inbox.inboxCount()).toHaveText("3");
});
