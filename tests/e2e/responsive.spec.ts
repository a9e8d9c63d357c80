import { expect, test } from "@playwright/test";

test("on a phone, pages fit the screen without sideways scrolling", async ({ page }) => {
  for (const path of [
    "/ko",
    "/en/measures/invest-in-biosecurity",
    "/ko/sectors",
    "/en/pillars/accelerate-ai-innovation",
    "/ko/briefs?from=2025-07-01&to=2025-12-31",
    "/en/tracker",
    "/en/agencies/doc",
    "/ko/actions/I-1.1",
    "/en/timeline",
  ]) {
    await page.goto(path);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});
