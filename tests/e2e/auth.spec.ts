import { expect, test } from "@playwright/test";
import { AccountSite } from "./pages/account-site";
import { ensureUser, uniqueEmail } from "./support/accounts";

test("an admin created by user:create signs in, sees Admin, and signs out", async ({ page, context }) => {
  const email = uniqueEmail("admin");
  ensureUser(email, "First Admin", "admin");
  const site = new AccountSite(page);
  await site.signIn(email);
  await site.expectSignedIn("First Admin");
  await expect(site.header().getByRole("link", { name: "Admin", exact: true })).toBeVisible();

  const session = (await context.cookies()).find((cookie) => cookie.name.endsWith("better-auth.session_token"));
  expect(session?.httpOnly).toBe(true);
  expect(session?.sameSite).toBe("Lax");

  await site.signOut();
  expect((await context.cookies()).some((cookie) => cookie.name.endsWith("better-auth.session_token"))).toBe(false);
});

test("a wrong password and an unknown address get the same message", async ({ page }) => {
  const email = uniqueEmail("analyst");
  ensureUser(email, "Analyst", "analyst");
  const site = new AccountSite(page);
  await site.signIn(email, "not-the-password");
  const message = page.getByRole("main").getByRole("alert");
  await expect(message).toHaveText("The e-mail address or password is incorrect.");
  await site.signIn(uniqueEmail("nobody"), "not-the-password");
  await expect(message).toHaveText("The e-mail address or password is incorrect.");
});

test("form messages follow the page's language", async ({ page }) => {
  await page.goto("/ko/sign-in");
  await page.getByLabel("이메일").fill("not-an-address");
  await page.getByRole("main").getByRole("button", { name: "로그인" }).click();
  await expect(page.locator("#email-error")).toHaveText("올바른 이메일 주소를 입력해 주세요.");
  await expect(page.locator("#password-error")).toHaveText("비밀번호를 입력해 주세요.");
});
