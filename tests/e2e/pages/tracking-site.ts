import { expect, type Page } from "@playwright/test";

/**
 * The tracking side of the site: an action's status and its form, a measure's derived status, the
 * timeline, what's new, following.
 */
export class TrackingSite {
  constructor(readonly page: Page) {}

  async openMeasure(slug: string) {
    await this.page.goto(`/en/measures/${slug}`);
  }

  async openAction(id: string) {
    await this.page.goto(`/en/actions/${id}`);
  }

  /** A measure page's status: derived from its actions, with its history; no form of its own. */
  statusSection() {
    return this.page.getByTestId("measure-status");
  }

  /** An action page's status, its history and (signed in) the form that records a change. */
  actionStatusSection() {
    return this.page.getByTestId("action-status");
  }

  /** Clicks "Follow this measure/sector" and waits until the button says it is followed. */
  async follow(kind: "measure" | "sector") {
    const button = this.page.getByRole("button", { name: new RegExp(`this ${kind}$`) });
    await button.filter({ hasText: "Follow" }).click();
    await expect(button).toHaveAttribute("aria-pressed", "true", { timeout: 15_000 });
    await expect(button).toHaveText(`★ Unfollow this ${kind}`);
  }

  /** Fills the analyst's status form on the open action page and submits it. */
  async recordStatus({
    status,
    verified,
    reason,
    sources,
  }: {
    status: string;
    verified: boolean;
    reason: string;
    sources: string[];
  }) {
    const form = this.actionStatusSection();
    await form.getByLabel("New status").selectOption({ label: status });
    if (verified) await form.getByLabel("A cited source verifies this status").check();
    await form.getByLabel("Reason for the change").fill(reason);
    await form.getByLabel(/^Source links/).fill(sources.join("\n"));
    await form.getByRole("button", { name: "Record status" }).click();
  }

  /** The status history on the open page (an action's, or a measure's with its actions' changes). */
  history() {
    return this.page.getByTestId("status-history");
  }

  async openTimeline(query = "") {
    await this.page.goto(`/en/timeline${query}`);
  }

  /** The timeline's page navigation ("Entries 1–50 of 60", Newer, Older). */
  timelinePages() {
    return this.page.getByRole("navigation", { name: "Timeline pages" });
  }

  timelineEntries() {
    return this.page.getByTestId("timeline").locator(":scope > li");
  }

  async openWhatsNew() {
    await this.page.goto("/en/whats-new");
  }

  async openFollowing() {
    await this.page.goto("/en/following");
  }
}
