import AxeBuilder from "@axe-core/playwright";
import { expect, type Page, test } from "@playwright/test";

/** Phone, print and dark: the screens and papers an analyst actually reads the tracker on. */
const MEASURE = "/en/measures/restore-american-semiconductor-manufacturing";
const AXE_PAGES = ["/ko", MEASURE, "/ko/search?q=%EB%B0%98%EB%8F%84%EC%B2%B4"];

async function axeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target).join(", ")}`);
}

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test("the header is compact, the page never scrolls sideways, the matrix scrolls inside its frame", async ({
    page,
  }) => {
    await page.goto("/ko");
    const header = page.locator("header.site-header");
    const box = await header.boundingBox();
    expect(box?.height).toBeLessThan(120);
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);

    const scroller = page.getByTestId("matrix-scroller");
    const widths = await scroller.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(widths.scroll).toBeGreaterThan(widths.client);
    await scroller.evaluate((el) => el.scrollBy({ left: 200 }));
    await expect.poll(() => scroller.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  });

  test("search sits behind an icon that opens the form, and no keyboard hint is shown", async ({ page }) => {
    await page.goto("/en");
    const phoneSearch = page.locator("#site-search-phone");
    await expect(phoneSearch).toBeHidden();
    await page.locator("header.site-header summary").click();
    await expect(phoneSearch).toBeVisible();
    await phoneSearch.fill("semiconductor");
    await phoneSearch.press("Enter");
    await expect(page).toHaveURL(/\/en\/search\?q=semiconductor/);
    await expect(page.locator("kbd.shortcut-hint")).toBeHidden();
  });

  test("header controls are at least 44 px tall, and sector chips keep their own width", async ({ page }) => {
    await page.goto(MEASURE);
    const controls = page.getByRole("banner").locator("a:visible, summary:visible, button:visible");
    const heights = await controls.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    expect(heights.length).toBeGreaterThan(3);
    for (const height of heights) expect(height).toBeGreaterThanOrEqual(44);
    const chip = page.locator("#sectors-heading + ul a").first();
    const chipBox = await chip.boundingBox();
    expect(chipBox?.width).toBeLessThan(300);
  });
});

test("printed, a measure loses the header and forms and shows where its links go", async ({ page }) => {
  await page.goto(MEASURE);
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header.site-header")).toBeHidden();
  await expect(page.locator("main form").first()).toBeHidden();
  const sectorLink = page.locator("#sectors-heading + ul a").first();
  const after = await sectorLink.evaluate((el) => getComputedStyle(el, "::after").content);
  expect(after).toContain("/en/sectors/");
});

test("the nav marks the current page", async ({ page }) => {
  await page.goto("/en/sectors/cybersecurity");
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  await expect(nav.getByRole("link", { name: "Sectors" })).toHaveAttribute("aria-current", "page");
});

test("every page carries Open Graph tags for link previews, in its language", async ({ page }) => {
  await page.goto(MEASURE);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_US");
  await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute("content", "AI Action Plan Tracker");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /semiconductor/i);
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute("content", /.{20}/);
  await page.goto("/ko");
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "ko_KR");
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute("href", /icon/);
});

test("the pillar × sector matrix greys zeros, totals rows and columns, and links every number", async ({ page }) => {
  await page.goto("/en");
  const matrix = page.getByTestId("matrix-scroller");
  await expect(matrix.getByRole("columnheader", { name: "Total" })).toBeVisible();
  await expect(matrix.getByRole("rowheader", { name: "Total" })).toBeVisible();
  const numbers = matrix.locator("td").filter({ hasText: /^[1-9]/ });
  expect(await numbers.count()).toBeGreaterThan(0);
  expect(await numbers.locator("a").count()).toBe(await numbers.count());
  await expect(matrix.locator("[data-zero] a")).toHaveCount(0);
});

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`in the ${colorScheme} scheme`, () => {
    test.use({ colorScheme });
    for (const path of AXE_PAGES) {
      test(`axe (contrast included) passes on ${path}`, async ({ page }) => {
        await page.goto(path);
        const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        // The scheme really switched: a dark page has a dark body.
        const [r, g, b] = (background.match(/\d+(\.\d+)?/g) ?? []).map(Number);
        if (colorScheme === "dark") expect(r + g + b).toBeLessThan(150);
        else expect(r + g + b).toBeGreaterThan(600);
        expect(await axeViolations(page)).toEqual([]);
      });
    }
  });
}
