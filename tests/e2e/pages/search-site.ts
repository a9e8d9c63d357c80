import { expect, type Page } from "@playwright/test";
import type { Lang } from "./plan-site";

/** Search as a reader uses it: the header box, the results page and its filters, the palette. */
export class SearchSite {
  constructor(readonly page: Page) {}

  async searchFromHeader(query: string) {
    const box = this.page.getByRole("banner").getByRole("searchbox");
    await box.fill(query);
    await box.press("Enter");
    await expect(this.page).toHaveURL(/\/search\?/);
  }

  results() {
    return this.page
      .getByRole("list", { name: /^(Results|검색 결과)$/ })
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("heading") });
  }

  resultCount() {
    return this.page.locator("#search-result-count");
  }

  async filter(group: string | RegExp, option: string | RegExp) {
    const nav = this.page.getByRole("navigation", { name: /^(Filter results|결과 필터)$/ });
    await nav.getByRole("region", { name: group }).getByRole("link", { name: option }).click();
  }

  async openSearchPage(lang: Lang, query = "") {
    await this.page.goto(`/${lang}/search${query}`);
  }

  palette() {
    return this.page.getByRole("dialog");
  }

  paletteInput() {
    return this.palette().getByRole("combobox");
  }

  paletteOptions() {
    return this.palette().getByRole("option");
  }
}

/**
 * Presses Ctrl+K once the page has hydrated: right after a navigation the shortcut's listener
 * may not be attached yet, and a real user's first keystroke comes later than a test's.
 */
export async function pressQuickJump(page: Page) {
  await page.locator("button[aria-keyshortcuts][data-ready]").waitFor();
  await page.keyboard.press("Control+k");
}
