import { expect, test } from "@playwright/test";
import { TrackingSite } from "./pages/tracking-site";

test("the timeline shows cited events by their day, the editors' assessments and what falls due", async ({ page }) => {
  const site = new TrackingSite(page);
  await site.openTimeline("?measure=I-2");
  const timeline = page.getByTestId("timeline");

  // EO 14319: its identifiers, issuer and rating; its date is a day, with no time of day.
  const order = timeline.locator("[data-kind='event']", { hasText: "Preventing Woke AI in the Federal Government" });
  await expect(order).toContainText("EO 14319 · FR Doc 2025-14217 · 90 FR 35389-35391");
  await expect(order).toContainText("Issued by: President");
  await expect(order.locator("[data-confidence='official']")).toHaveText("Official source");
  const day = order.locator("time[datetime='2025-07-23']");
  await expect(day).toHaveText("Jul 23, 2025");
  await expect(
    order.getByRole("link", { name: "https://www.govinfo.gov/content/pkg/FR-2025-07-28/html/2025-14217.htm" }),
  ).toBeVisible();
  await expect(order).toContainText(/recorded .*\d{1,2}:\d{2}/);

  // A description that stands in for a title says so.
  const evaluation = timeline.locator("[data-kind='event']", { hasText: "CAISI Evaluation of DeepSeek" });
  await expect(evaluation.locator("[data-confidence='reported']")).toHaveText("Two independent reports");

  // The editors' assessment is badged apart from analysts' changes.
  const assessed = timeline.locator("[data-kind='status']", { hasText: "Editors' assessment" }).first();
  await expect(assessed.getByTestId("editorial-badge")).toHaveText("Editors' assessment");
  await expect(assessed).toContainText("편집부 / Editorial");

  // OMB's M-26-04 deadline for agencies (2026-03-11) is a "due" entry, overdue today.
  const due = timeline.locator("[data-kind='due'][data-deadline='D5']");
  await expect(due).toContainText("Due March 11, 2026");
  await expect(due.locator("[data-deadline-state='overdue']")).toContainText(/Overdue · \d+ days overdue/);
});

test("a measure page lists its deadlines with their state on the day, and links its calendar", async ({ page }) => {
  await page.goto("/en/measures/ensure-that-frontier-ai-protects-free-speech-and-american-values");
  const deadlines = page.getByTestId("deadlines");
  await expect(deadlines.getByRole("heading", { name: "Deadlines" })).toBeVisible();
  const d3 = deadlines.locator("[data-deadline='D3']");
  await expect(d3).toContainText("EO 14319");
  await expect(d3.locator("[data-deadline-state='met-late']")).toHaveText(
    /Met late · met on Dec 11, 2025 · 21 days late/,
  );
  const calendar = deadlines.getByRole("link", { name: "This measure's deadlines (.ics)" });
  const response = await page.request.get((await calendar.getAttribute("href")) ?? "");
  expect(response.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
  expect(await response.text()).toContain("UID:deadline-d3@ai-action-plan-tracker");
});
