import { expect, type Page } from "@playwright/test";

export type Lang = "ko" | "en";

/** The reader's view of the site: where they are and what they can click. */
export class PlanSite {
  constructor(readonly page: Page) {}

  async openHome(lang: Lang) {
    await this.page.goto(`/${lang}`);
    await expect(this.page.locator("html")).toHaveAttribute("lang", lang);
  }

  heading() {
    return this.page.getByRole("heading", { level: 1 });
  }

  main() {
    return this.page.getByRole("main");
  }

  /** Follows the link whose accessible name contains `name`, inside the main content. */
  async follow(name: string | RegExp) {
    await this.main().getByRole("link", { name }).first().click();
  }

  async switchLanguage() {
    await this.page
      .getByRole("banner")
      .getByRole("link", { name: /^(English|한국어) — / })
      .click();
  }

  path() {
    return new URL(this.page.url()).pathname;
  }
}
