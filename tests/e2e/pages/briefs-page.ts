import type { Page } from "@playwright/test";

/** The brief of a period (/{lang}/briefs): its period form, download links and sections. */
export class BriefsPage {
  constructor(readonly page: Page) {}

  async open(query = "", lang: "en" | "ko" = "ko") {
    await this.page.goto(`/${lang}/briefs${query}`);
  }

  form() {
    return this.page.getByRole("form", { name: /^(기간|Period)$/ });
  }

  /** Fills the dates and submits the form (a plain GET), waiting for the page of that period. */
  async choosePeriod(labels: { from: string; to: string; submit: string }, from: string, to: string) {
    await this.form().getByLabel(labels.from).fill(from);
    await this.form().getByLabel(labels.to).fill(to);
    await this.form().getByRole("button", { name: labels.submit }).click();
    await this.page.waitForURL((url) => url.searchParams.get("from") === from, { timeout: 15_000 });
  }

  downloads() {
    return this.page.getByRole("navigation", { name: /내려받기|Download/ });
  }

  section(name: string) {
    return this.page.getByRole("region", { name });
  }
}
