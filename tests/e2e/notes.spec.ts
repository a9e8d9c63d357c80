import { expect, type Page, test } from "@playwright/test";
import { AccountSite } from "./pages/account-site";
import { NotesPage } from "./pages/notes-page";
import { E2E_PASSWORD, ensureUser, uniqueEmail } from "./support/accounts";

const MEASURE = "develop-a-grid-to-match-the-pace-of-ai-innovation";

async function createAnalystAsAdmin(page: Page, name: string): Promise<string> {
  const admin = uniqueEmail("admin");
  ensureUser(admin, "Admin", "admin");
  const site = new AccountSite(page);
  await site.signIn(admin);
  await site.expectSignedIn("Admin");
  await page.goto("/en/admin/users");
  const email = uniqueEmail("analyst");
  const form = page.getByRole("region", { name: "Create an account" });
  await form.getByLabel("Name").fill(name);
  await form.getByLabel("E-mail").fill(email);
  await form.getByLabel("Role").selectOption("analyst");
  await form.getByLabel(/Initial password/).fill(E2E_PASSWORD);
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(form.getByRole("status")).toHaveText(`Created the account ${email}.`);
  await expect(page.getByRole("cell", { name: email })).toBeVisible();
  await site.signOut();
  return email;
}

test("an admin creates an analyst, who writes, edits, compares, deletes and restores a note", async ({ page }) => {
  test.slow(); // many steps, each a server round trip: three times the default budget
  const name = `Analyst ${Date.now()}`;
  const email = await createAnalystAsAdmin(page, name);
  const site = new AccountSite(page);
  await site.signIn(email);
  await site.expectSignedIn(name);

  const notes = new NotesPage(page);
  await notes.open(MEASURE);
  const marker = `grid-${Date.now()}`;
  const section = notes.section();
  await section.getByLabel("Note (Markdown)").fill(`## ${marker}\n\n- first point\n\n| a | b |\n|---|---|\n| 1 | 2 |`);
  await section.getByRole("button", { name: "Preview" }).click();
  await expect(section.getByRole("region", { name: "Preview" }).getByRole("table")).toBeVisible();
  await section.getByRole("button", { name: "Save note" }).click();
  await expect(section.getByRole("status")).toHaveText("Note saved.");

  const card = notes.note(marker);
  await expect(card.getByRole("heading", { name: marker })).toBeVisible();
  await expect(card.getByRole("cell", { name: "2" })).toBeVisible();
  await expect(card).toContainText(name);

  await card.getByRole("link", { name: "Edit" }).click();
  await expect(page.getByRole("heading", { name: "Edit note" })).toBeVisible();
  await page.getByLabel("Note (Markdown)").fill(`## ${marker}\n\n- first point\n- second point`);
  await page.getByRole("button", { name: "Save changes" }).click();
  // Saving returns to the note on its measure's page.
  await expect(page).toHaveURL(new RegExp(`/en/measures/${MEASURE}#note-`));
  await notes
    .note(marker)
    .getByRole("link", { name: /History \(2 revisions\)/ })
    .click();
  const diff = page.getByLabel("Differences between the two revisions");
  // Lines replaced in place are compared word by word: the new words are marked inserted, the old struck.
  await expect(diff.locator("ins").filter({ hasText: "second" }).first()).toBeVisible();
  await expect(diff.locator("del").filter({ hasText: "|" }).first()).toBeVisible();

  await notes.open(MEASURE);
  // Deleting asks first: the red "Delete" only unfolds the question and its confirming button.
  await notes.note(marker).getByText("Delete", { exact: true }).click();
  await notes.note(marker).getByRole("button", { name: "Yes, delete" }).click();
  await expect(notes.note(marker)).toHaveCount(0);
  const deleted = section.getByRole("listitem").filter({ hasText: marker });
  await deleted.getByRole("button", { name: "Restore" }).click();
  await expect(notes.note(marker).getByRole("heading", { name: marker })).toBeVisible();
});

test("a private note is invisible to a second analyst, a shared one is not", async ({ browser }) => {
  test.slow(); // many steps, each a server round trip: three times the default budget
  const first = uniqueEmail("first");
  const second = uniqueEmail("second");
  ensureUser(first, "First Analyst", "analyst");
  ensureUser(second, "Second Analyst", "analyst");
  const marker = `${Date.now()}`;

  const firstPage = await (await browser.newContext()).newPage();
  await new AccountSite(firstPage).signIn(first);
  await new AccountSite(firstPage).expectSignedIn("First Analyst");
  const firstNotes = new NotesPage(firstPage);
  await firstNotes.open(MEASURE);
  await firstNotes.write(`private-${marker}`, "private");
  await firstNotes.write(`shared-${marker}`, "shared");

  const secondPage = await (await browser.newContext()).newPage();
  await new AccountSite(secondPage).signIn(second);
  await new AccountSite(secondPage).expectSignedIn("Second Analyst");
  const secondNotes = new NotesPage(secondPage);
  await secondNotes.open(MEASURE);
  await expect(secondNotes.note(`shared-${marker}`)).toBeVisible();
  await expect(secondPage.getByText(`private-${marker}`)).toHaveCount(0);

  const anonymous = await (await browser.newContext()).newPage();
  await anonymous.goto(`/en/measures/${MEASURE}`);
  await expect(anonymous.getByText(`shared-${marker}`)).toHaveCount(0);
  await expect(anonymous.getByRole("link", { name: "Sign in to read and write analysts' notes." })).toBeVisible();
});

test("a note with <script>, <img onerror> and a javascript: link runs nothing", async ({ page }) => {
  const email = uniqueEmail("xss");
  ensureUser(email, "Xss Analyst", "analyst");
  const events: string[] = [];
  page.on("dialog", async (dialog) => {
    events.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.text().includes("pwned")) events.push(`console: ${message.text()}`);
  });
  await new AccountSite(page).signIn(email);
  await new AccountSite(page).expectSignedIn("Xss Analyst");
  const notes = new NotesPage(page);
  await notes.open(MEASURE);
  const marker = `xss-${Date.now()}`;
  await notes.write(
    `${marker}\n\n<script>alert("pwned")</script>\n\n<img src=x onerror="alert('pwned')">\n\n[click me](javascript:alert('pwned'))\n\n[external](https://example.com)`,
  );
  const card = notes.note(marker);
  await expect(card.locator("script")).toHaveCount(0);
  await expect(card.locator("img[onerror]")).toHaveCount(0);
  await expect(card.locator('a[href^="javascript"]')).toHaveCount(0);
  await expect(card.getByRole("link", { name: "external" })).toHaveAttribute("rel", "noopener noreferrer nofollow");
  const clickMe = card.getByText("click me");
  await clickMe.click();
  await page.reload();
  await expect(notes.note(marker)).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { pwned?: boolean }).pwned)).toBeUndefined();
  expect(events).toEqual([]);
});

test("an empty or oversize note is refused beside the field, the text kept and nothing saved", async ({ page }) => {
  const email = uniqueEmail("limits");
  ensureUser(email, "Limits Analyst", "analyst");
  await new AccountSite(page).signIn(email);
  await new AccountSite(page).expectSignedIn("Limits Analyst");
  const notes = new NotesPage(page);
  await notes.open(MEASURE);
  const section = notes.section();

  await section.getByRole("button", { name: "Save note" }).click();
  await expect(section.locator("#new-note-body-error")).toHaveText("Write the note: it cannot be empty.");

  const oversize = "x".repeat(20_001);
  await section.getByLabel("Note (Markdown)").fill(oversize);
  await section.getByRole("button", { name: "Save note" }).click();
  await expect(section.locator("#new-note-body-error")).toHaveText("A note can have at most 20,000 characters.");
  await expect(section.getByLabel("Note (Markdown)")).toHaveValue(oversize);
  await page.reload();
  // Other tests write on this measure in parallel: count only this analyst's notes.
  await expect(notes.section().getByRole("article", { name: "Note by Limits Analyst" })).toHaveCount(0);
});
