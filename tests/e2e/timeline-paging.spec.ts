import { expect, test } from "@playwright/test";
import { TrackingSite } from "./pages/tracking-site";
import { insertEvents } from "./support/events";

test("the timeline shows 50 entries a page; Older and Newer keep the filters", async ({ page }) => {
  const label = `Paging probe ${Date.now()}`;
  // Dated before the plan, so they sit at the end of the unfiltered timeline, out of other tests' way.
  insertEvents({ count: 57, measureId: "I-4", type: "funding", label, lastDay: "2024-12-31" });
  const site = new TrackingSite(page);

  await site.openTimeline("?measure=I-4&type=funding");
  const pages = site.timelinePages();
  const position = pages.getByTestId("timeline-position");
  await expect(position).toHaveText(/^Entries 1–50 of \d+$/);
  const total = Number((await position.textContent())!.match(/of (\d+)/)![1]);
  expect(total).toBeGreaterThanOrEqual(57);
  await expect(site.timelineEntries()).toHaveCount(50);
  await expect(site.timelineEntries().first()).toContainText(`${label} #1`);
  await expect(pages.getByRole("link", { name: /Newer/ })).toHaveCount(0);

  await pages.getByRole("link", { name: /Older/ }).click();
  await expect(page).toHaveURL(/[?&]measure=I-4/);
  await expect(page).toHaveURL(/[?&]type=funding/);
  await expect(page).toHaveURL(/[?&]after=[\w-]+/);
  await expect(position).toHaveText(`Entries 51–${total} of ${total}`);
  await expect(site.timelineEntries()).toHaveCount(total - 50);
  // Continues where the first page stopped, and only with the filtered entries.
  await expect(site.timelineEntries().first()).toContainText(`${label} #51`);
  await expect(page.getByTestId("timeline").locator("[data-kind='status']")).toHaveCount(0);
  await expect(pages.getByRole("link", { name: /Older/ })).toHaveCount(0);
  // The filter form still shows the filters in use.
  await expect(page.getByLabel("Type")).toHaveValue("funding");

  await pages.getByRole("link", { name: /Newer/ }).click();
  await expect(position).toHaveText(`Entries 1–50 of ${total}`);
  await expect(site.timelineEntries().first()).toContainText(`${label} #1`);
});

test("a broken page link shows the first page with a message, not an error", async ({ page }) => {
  await page.goto("/en/timeline?after=not-a-cursor");
  await expect(page.getByRole("alert").filter({ hasText: "That page link is not valid any more" })).toBeVisible();
  await expect(page.getByTestId("timeline")).toBeVisible();
});
