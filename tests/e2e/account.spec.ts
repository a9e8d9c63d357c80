import { expect, test } from "@playwright/test";
import { AccountSite } from "./pages/account-site";
import { E2E_PASSWORD, ensureUser, uniqueEmail } from "./support/accounts";

test("an analyst creates a personal API token, uses it once shown, and revokes it", async ({
  page,
  playwright,
  baseURL,
}) => {
  const email = uniqueEmail("tokens");
  ensureUser(email, "Token Analyst", "analyst");
  const site = new AccountSite(page);
  await site.signIn(email);
  await site.expectSignedIn("Token Analyst");
  await page.goto("/en/account");
  const tokens = page.getByRole("region", { name: "Personal API tokens" });
  await tokens.getByLabel("Token name").fill("laptop script");
  await tokens.getByRole("button", { name: "Create token" }).click();
  const token = (await tokens.getByTestId("new-token").textContent())!.trim();
  expect(token).toMatch(/^aap_/);

  const api = await playwright.request.newContext({ baseURL });
  const authorized = { headers: { authorization: `Bearer ${token}` } };
  expect(
    (await api.get("/api/measures/develop-a-grid-to-match-the-pace-of-ai-innovation/notes", authorized)).status(),
  ).toBe(200);

  await page.reload();
  await expect(tokens.getByTestId("new-token")).toHaveCount(0); // shown once
  await tokens
    .getByRole("listitem")
    .filter({ hasText: "laptop script" })
    .getByRole("button", { name: "Revoke" })
    .click();
  await expect(tokens.getByRole("listitem").filter({ hasText: "laptop script" })).toHaveCount(0);
  expect(
    (await api.get("/api/measures/develop-a-grid-to-match-the-pace-of-ai-innovation/notes", authorized)).status(),
  ).toBe(401);
  await api.dispose();
});

test("admin pages are not there for analysts or signed-out readers", async ({ page }) => {
  const email = uniqueEmail("plain");
  ensureUser(email, "Plain Analyst", "analyst");
  await page.goto("/en/admin/users");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=%2Fadmin%2Fusers/);
  await new AccountSite(page).signIn(email);
  await new AccountSite(page).expectSignedIn("Plain Analyst");
  const response = await page.goto("/en/admin/users");
  expect(response?.status()).toBe(404);
});

test("an analyst changes their password; the old one stops working", async ({ page }) => {
  const email = uniqueEmail("pw");
  ensureUser(email, "Password Analyst", "analyst");
  const site = new AccountSite(page);
  await site.signIn(email);
  await site.expectSignedIn("Password Analyst");
  await page.goto("/en/account");
  const form = page.getByRole("region", { name: "Change password" });
  await form.getByLabel("Current password").fill("wrong-current-pw");
  await form.getByLabel(/New password/).fill("brand-new-password-1");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.locator("#password-currentPassword-error")).toHaveText("The current password is incorrect.");
  await form.getByLabel("Current password").fill(E2E_PASSWORD);
  await form.getByRole("button", { name: "Change password" }).click();
  // The form revokes API tokens by default (the box is ticked) and says so.
  await expect(form.getByRole("status")).toHaveText(
    "Password changed. Other sessions were signed out and your API tokens were revoked.",
  );
  await site.signOut();
  await site.signIn(email);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("The e-mail address or password is incorrect.");
  await site.signIn(email, "brand-new-password-1");
  await site.expectSignedIn("Password Analyst");
});
