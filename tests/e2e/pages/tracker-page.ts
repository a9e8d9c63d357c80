import { expect, type Page } from "@playwright/test";

/** The tracker table (/{lang}/tracker): its filter form, sort links and rows. */
export class TrackerPage {
  constructor(readonly page: Page) {}

  async open(query = "", lang: "en" | "ko" = "en") {
    await this.page.goto(`/${lang}/tracker${query}`);
  }

  filters() {
    return this.page.getByRole("search", { name: "Filter actions" });
  }

  table() {
    return this.page.getByTestId("tracker-table");
  }

  /** The ids of the rows shown, in order. */
  async actionIds(): Promise<string[]> {
    return this.table()
      .locator("tbody tr[data-action]")
      .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-action") ?? ""));
  }

  async choose(label: string, option: string) {
    await this.filters().getByLabel(label, { exact: true }).selectOption({ label: option });
  }

  async apply() {
    await this.filters().getByRole("button", { name: "Apply" }).click();
    await this.page.waitForURL(/\/tracker\?/, { timeout: 15_000 });
  }

  /** Clicks a column heading's sort link and waits for the sorted page. */
  async sortBy(column: string) {
    const before = this.page.url();
    await this.table()
      .getByRole("columnheader", { name: new RegExp(`^${column}`) })
      .getByRole("link")
      .click();
    await this.page.waitForURL((url) => url.href !== before && url.searchParams.has("sort"), { timeout: 15_000 });
    await expect(this.table().getByRole("columnheader", { name: new RegExp(`^${column}`) })).toHaveAttribute(
      "aria-sort",
      /ending$/,
    );
  }

  async expectCount(text: string | RegExp) {
    await expect(this.page.getByTestId("tracker-count")).toHaveText(text);
  }
}
