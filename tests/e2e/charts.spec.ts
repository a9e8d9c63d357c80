import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";
import { monthOf } from "@/lib/charts/series";
import { formatMonth } from "@/lib/i18n/dates";
import { badgeCounts, progressCounts, StatusChartView } from "./pages/status-chart";

// The e2e server sets no DISPLAY_TIME_ZONE, so signed-out readers see months in the deployment's default.
const TIME_ZONE = "Asia/Seoul";

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target).join(", ")}`);
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

for (const lang of ["ko", "en"] as const) {
  const thisMonth = formatMonth(monthOf(new Date(), TIME_ZONE), lang);

  test(`charts on the home, agency and sector pages count what the page counts (${lang})`, async ({ page }) => {
    test.slow(); // three pages, each with an axe run
    await page.goto(`/${lang}`);
    const plan = new StatusChartView(page, "plan-status-chart");
    // Named by its title and description, the heading's words first.
    const title = (await plan.section.getByRole("heading").first().textContent()) ?? "";
    expect(title.length).toBeGreaterThan(0);
    await expect(plan.image()).toHaveAccessibleName(new RegExp(`^${title.replace(/[()]/g, "\\$&")} `));
    const months = await plan.rows();
    const progress = await progressCounts(page.getByTestId("action-progress"));
    expect(months.at(-1)).toEqual({ label: thisMonth, counts: progress, total: sum(progress) });
    // Every month counts every action; the description states the last month's numbers.
    expect(months.every((month) => month.total === sum(progress))).toBe(true);
    expect(await plan.description()).toContain(thisMonth);
    expect(await plan.description()).toContain(String(progress.implemented));
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/${lang}/agencies/doc`);
    const agency = new StatusChartView(page, "agency-status-chart");
    const led = await badgeCounts(page.getByTestId("agency-leads"));
    expect((await agency.rows()).at(-1)).toEqual({ label: thisMonth, counts: led, total: sum(led) });
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`/${lang}/sectors/cybersecurity`);
    const sector = new StatusChartView(page, "sector-status-chart");
    const sectorProgress = await progressCounts(page.getByTestId("action-progress"));
    expect((await sector.rows()).at(-1)).toEqual({
      label: thisMonth,
      counts: sectorProgress,
      total: sum(sectorProgress),
    });
    expect(await axeViolations(page)).toEqual([]);
  });
}

test("the sectors and agencies indexes chart each one's actions as its own page counts them", async ({ page }) => {
  test.slow();
  await page.goto("/en/sectors");
  const sectors = await new StatusChartView(page, "sectors-status-chart").rows();
  const cyber = sectors.find((row) => row.label === "Cybersecurity");
  expect(await axeViolations(page)).toEqual([]);
  await page.goto("/en/sectors/cybersecurity");
  expect(cyber?.counts).toEqual(await progressCounts(page.getByTestId("action-progress")));

  await page.goto("/ko/agencies");
  const agencies = await new StatusChartView(page, "agencies-status-chart").rows();
  expect(agencies[0].label).toBe("DOC · 상무부");
  expect(await axeViolations(page)).toEqual([]);
  await page.goto("/ko/agencies/doc");
  expect(agencies[0].counts).toEqual(await badgeCounts(page.getByTestId("agency-leads")));
});

test("the home chart passes axe in the dark scheme too", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/en");
  await expect(new StatusChartView(page, "plan-status-chart").image()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test("a chart's table scrolls inside its frame, from the keyboard too, and the page never scrolls sideways", async ({
    page,
  }) => {
    for (const path of ["/ko", "/en/agencies/doc", "/ko/sectors/infrastructure"]) {
      await page.goto(path);
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
        path,
      ).toBeLessThanOrEqual(0);
    }
    const frame = new StatusChartView(page, "sector-status-chart").tableFrame();
    expect(await frame.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    await frame.focus();
    await page.keyboard.press("ArrowRight");
    await expect.poll(() => frame.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });
});
