import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { AccountSite } from "./pages/account-site";
import { NotesPage } from "./pages/notes-page";
import { ensureUser, uniqueEmail } from "./support/accounts";

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

test("axe finds no violations on the signed-in pages: sign-in, notes, history, account, admin", async ({ page }) => {
  test.setTimeout(90_000); // seven pages, each analysed by axe
  await page.goto("/ko/sign-in");
  const violations = async () =>
    (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.map(
      (v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`,
    );
  expect(await violations()).toEqual([]);

  const email = uniqueEmail("axe");
  ensureUser(email, "Axe Admin", "admin");
  await new AccountSite(page).signIn(email);
  await new AccountSite(page).expectSignedIn("Axe Admin");
  const notes = new NotesPage(page);
  await notes.open("restore-american-semiconductor-manufacturing");
  await notes.write(`axe ${Date.now()}\n\n| a | b |\n|---|---|\n| 1 | 2 |`);
  expect(await violations()).toEqual([]);
  await notes
    .section()
    .getByRole("link", { name: /History/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "Note history" })).toBeVisible();
  expect(await violations()).toEqual([]);
  for (const path of ["/en/account", "/en/admin/users", "/en"]) {
    await page.goto(path);
    expect(await violations()).toEqual([]);
  }
});
