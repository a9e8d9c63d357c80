import { expect, type Page } from "@playwright/test";

/** The Federal Register watch's admin page and the analysts' inbox. */
export class InboxSite {
  constructor(readonly page: Page) {}

  async openAdmin() {
    await this.page.goto("/en/admin/federal-register");
    await expect(this.page.getByRole("heading", { level: 1, name: "Federal Register watch" })).toBeVisible();
  }

  queries() {
    return this.page.getByTestId("watch-queries").getByRole("listitem");
  }

  async addQuery({ agencies, types }: { agencies: string; types: string[] }) {
    await this.page.getByLabel("Agencies (Federal Register slugs)").fill(agencies);
    for (const type of types) await this.page.getByRole("checkbox", { name: type, exact: true }).check();
    await this.page.getByRole("button", { name: "Add query" }).click();
    await expect(this.page.getByRole("status").filter({ hasText: "Query added." })).toBeVisible();
  }

  async runNow() {
    await this.page.getByRole("button", { name: "Run now" }).click();
  }

  runRows() {
    return this.page.getByTestId("watch-runs").locator("tbody tr");
  }

  inboxCount() {
    return this.page.getByRole("banner").getByTestId("inbox-count");
  }

  async openInbox() {
    await this.page.getByRole("banner").getByTestId("inbox-link").click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Inbox" })).toBeVisible();
  }

  candidate(title: string) {
    return this.page.getByTestId("inbox-candidates").getByRole("listitem").filter({ hasText: title });
  }

  async review(title: string) {
    await this.page.getByRole("link", { name: `Review [Test fixture] ${title}` }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: "Accept as a timeline event" })).toBeVisible();
  }
}
