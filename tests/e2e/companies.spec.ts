import AxeBuilder from "@axe-core/playwright";
import { expect as baseExpect, test } from "@playwright/test";
import { AccountSite } from "./pages/account-site";
import { CompaniesPage } from "./pages/companies-page";
import { ensureUser, uniqueEmail } from "./support/accounts";

// The machine these run on is shared; pages under load took longer than the default 5 s.
const expect = baseExpect.configure({ timeout: 20_000 });
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];
const SECTOR = "infrastructure";

async function signInAs(page: import("@playwright/test").Page, name: string) {
  const email = uniqueEmail("companies");
  ensureUser(email, name, "analyst");
  const site = new AccountSite(page);
  await site.signIn(email);
  await expect(site.header().getByRole("link", { name: `Account (${name})` })).toBeVisible();
  return site;
}

test("an analyst adds companies to a sector, sees one on its exposed measure's page; another analyst does not see a private one", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const stamp = Date.now() % 1_000_000;
  const site = await signInAs(page, "Company Analyst");
  const companies = new CompaniesPage(page);
  await companies.open(SECTOR);

  const shared = { nameKo: "버티브", nameEn: `Vertiv ${stamp}`, ticker: `v${stamp}`, market: "NYSE" };
  const [measureId] = await companies.add({ ...shared, rationale: "Cooling and **power** for data centres." }, 1);
  await expect(companies.form().getByRole("status")).toHaveText("Saved the company.");
  const card = companies.company(shared.nameEn);
  await expect(card).toContainText(`NYSE V${stamp}`); // ticker stored in upper case
  await expect(card.locator("strong")).toHaveText("power"); // Markdown through the note renderer

  // A second company on the same market and ticker is refused beside the field, keeping what was typed.
  await companies.add({ ...shared, nameEn: "Duplicate", rationale: "Again." });
  const ticker = companies.form().getByLabel("Ticker");
  await expect(ticker).toHaveAttribute("aria-invalid", "true");
  await expect(companies.form()).toContainText("already listed");
  await expect(companies.form().getByLabel("Name (English)")).toHaveValue("Duplicate");

  const secret = { nameKo: "비밀", nameEn: `Private Co ${stamp}`, ticker: `P${stamp}`, market: "KRX" };
  await companies.open(SECTOR);
  await companies.add({ ...secret, rationale: "Only mine.", visibility: "Private (only me)" });
  await expect(companies.form().getByRole("status")).toHaveText("Saved the company.");
  await expect(companies.company(secret.nameEn).getByText("Private", { exact: true })).toBeVisible();

  const violations = (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map(
    (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`,
  );
  expect(violations).toEqual([]);

  // The measure the shared company is exposed to lists it under "Exposed companies".
  await card.getByRole("link", { name: new RegExp(`^${measureId} `) }).click();
  const exposed = page.getByRole("region", { name: "Exposed companies" });
  await expect(exposed.getByRole("article").filter({ hasText: shared.nameEn })).toBeVisible();
  await site.header().getByRole("button", { name: "Sign out" }).click();
  await expect(site.header().getByRole("link", { name: "Sign in" })).toBeVisible();

  await signInAs(page, "Other Analyst");
  await companies.open(SECTOR);
  await expect(companies.company(shared.nameEn)).toBeVisible();
  await expect(companies.company(secret.nameEn)).toHaveCount(0);
  // Nor can they delete or edit the shared one.
  await expect(companies.company(shared.nameEn).getByRole("button", { name: "Delete" })).toHaveCount(0);
  const other = new AccountSite(page);
  await other.header().getByRole("button", { name: "Sign out" }).click();
  await expect(other.header().getByRole("link", { name: "Sign in" })).toBeVisible();

  // Signed out: no company at all, a sign-in link instead.
  await companies.open(SECTOR);
  await expect(companies.section().getByRole("article")).toHaveCount(0);
  await expect(companies.section().getByRole("link", { name: /Sign in to see the companies/ })).toBeVisible();
});
