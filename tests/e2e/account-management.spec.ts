import AxeBuilder from "@axe-core/playwright";
import { type Browser, expect, test } from "@playwright/test";
import { AccountSite } from "./pages/account-site";
import { AdminUsersPage } from "./pages/admin-users-page";
import { ensureUser, uniqueEmail } from "./support/accounts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

function newAccount(label: string, role: "admin" | "analyst") {
  const email = uniqueEmail(label);
  const name = `${label} ${email.split("-")[1]}`;
  ensureUser(email, name, role);
  return { email, name };
}

/** An admin signed in (with JavaScript: the sign-in form needs it) in a browser of their own. */
async function signedInAdmin(browser: Browser, { javaScriptEnabled = true } = {}) {
  const admin = newAccount("Chief", "admin");
  let page = await (await browser.newContext()).newPage();
  await new AccountSite(page).signIn(admin.email);
  await new AccountSite(page).expectSignedIn(admin.name);
  if (!javaScriptEnabled) {
    const storageState = await page.context().storageState();
    page = await (await browser.newContext({ storageState, javaScriptEnabled })).newPage();
  }
  return { page, users: new AdminUsersPage(page), admin };
}

test("an admin deactivates a signed-in analyst, reactivates them, changes their role and sets their password", async ({
  browser,
}) => {
  test.setTimeout(90_000);
  const analyst = newAccount("Analyst", "analyst");
  const analystPage = await (await browser.newContext()).newPage();
  const analystSite = new AccountSite(analystPage);
  await analystSite.signIn(analyst.email);
  await analystSite.expectSignedIn(analyst.name);

  const { users } = await signedInAdmin(browser);
  await users.open();
  await expect(users.row(analyst.email)).toContainText("Active");

  await users.deactivate(analyst.name);
  await expect(
    users.status(analyst.name, `Deactivated ${analyst.name}: signed out everywhere and unable to sign in.`),
  ).toBeVisible();
  await expect(users.row(analyst.email)).toContainText("Deactivated");

  // The analyst's next page load is signed out, and signing in again is refused.
  await analystPage.goto("/en/account");
  await expect(analystPage).toHaveURL(/\/en\/sign-in/);
  await analystSite.signIn(analyst.email);
  await expect(analystPage.getByRole("main").getByRole("alert")).toHaveText(
    "This account cannot sign in. Ask an administrator if you think this is a mistake.",
  );

  await users.reactivate(analyst.name);
  await expect(users.status(analyst.name, `Reactivated ${analyst.name}: they can sign in again.`)).toBeVisible();
  await expect(users.row(analyst.email)).toContainText("Active");
  await analystSite.signIn(analyst.email);
  await analystSite.expectSignedIn(analyst.name);

  await users.changeRole(analyst.name, "Administrator");
  await expect(users.status(analyst.name, `${analyst.name} is now: Administrator.`)).toBeVisible();
  await expect(users.row(analyst.email)).toContainText("Administrator");
  await analystPage.goto("/en/admin/users");
  await expect(analystPage.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  await users.changeRole(analyst.name, "Analyst");
  await expect(users.row(analyst.email)).toContainText("Analyst");

  await users.setPassword(analyst.name, "short");
  await expect(users.account(analyst.name).getByText("Use at least 10 characters.")).toBeVisible();
  await users.setPassword(analyst.name, "a-new-password-from-admin");
  await expect(
    users.status(analyst.name, `Set a new password for ${analyst.name} and signed out their sessions.`),
  ).toBeVisible();
  await analystPage.goto("/en/account");
  await expect(analystPage).toHaveURL(/\/en\/sign-in/);
  await analystSite.signIn(analyst.email);
  await expect(analystPage.getByRole("main").getByRole("alert")).toHaveText(
    "The e-mail address or password is incorrect.",
  );
  await analystSite.signIn(analyst.email, "a-new-password-from-admin");
  await analystSite.expectSignedIn(analyst.name);
});

test("an admin cannot deactivate themself, and deactivation needs the box ticked", async ({ browser }) => {
  test.slow(); // two browsers signing in and a few admin actions
  newAccount("Deputy", "admin"); // not the last admin, so the answer is about acting on oneself
  const { users, admin } = await signedInAdmin(browser);
  await users.open();
  const own = users.account(admin.name);
  await expect(own).toContainText("(you)");
  await users.expand(admin.name);
  await own.getByLabel(/^I understand/).check();
  await own.getByRole("button", { name: "Deactivate" }).click();
  await expect(own.getByRole("alert")).toHaveText(
    "You cannot change your own role or deactivate yourself: ask another administrator.",
  );

  const analyst = newAccount("Unticked", "analyst");
  await users.open();
  await users.expand(analyst.name);
  await users.account(analyst.name).getByRole("button", { name: "Deactivate" }).click();
  await expect(users.account(analyst.name).getByText("Tick the box to confirm.")).toBeVisible();
  await expect(users.row(analyst.email)).toContainText("Active");
});

test("deactivating works without JavaScript", async ({ browser }) => {
  test.slow(); // two browsers signing in and a few admin actions
  const analyst = newAccount("NoScript", "analyst");
  const { page, users } = await signedInAdmin(browser, { javaScriptEnabled: false });
  await users.open();
  await users.deactivate(analyst.name);
  // The page comes back with the new state (the message belongs to the form that was replaced).
  await expect(users.row(analyst.email)).toContainText("Deactivated");
  await users.expand(analyst.name);
  await expect(users.account(analyst.name).getByRole("button", { name: "Reactivate" })).toBeVisible();
  await expect(page).toHaveURL(/\/en\/admin\/users/);
});

test("axe finds no violations on the admin page, in both languages, with a deactivated account and form messages", async ({
  browser,
}) => {
  test.setTimeout(60_000);
  const analyst = newAccount("Axe", "analyst");
  const { page, users } = await signedInAdmin(browser);
  await users.open();
  await users.deactivate(analyst.name);
  await expect(users.status(analyst.name, "Deactivated")).toBeVisible();
  await users.setPassword(analyst.name, "short");
  await expect(users.account(analyst.name).getByText("Use at least 10 characters.")).toBeVisible();
  const violations = async () =>
    (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`,
    );
  expect(await violations()).toEqual([]);
  await page.goto("/ko/admin/users");
  await expect(page.getByRole("heading", { level: 2, name: "계정 관리" })).toBeVisible();
  expect(await violations()).toEqual([]);
});
