import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { pressQuickJump, SearchSite } from "./pages/search-site";

test("search from the header, filter by pillar, and open a result", async ({ page }) => {
  const search = new SearchSite(page);
  await page.goto("/ko");
  await search.searchFromHeader("반도체");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("“반도체” 검색 결과");
  await expect(search.results().first()).toBeVisible();
  const unfiltered = await search.results().count();
  await expect(search.results().first().locator("mark").first()).toHaveText("반도체");

  await search.filter("축", /^제3축/);
  await expect(page).toHaveURL(/pillar=III/);
  await expect(page).toHaveURL(/q=%EB%B0%98%EB%8F%84%EC%B2%B4/);
  const filtered = await search.results().count();
  expect(filtered).toBeGreaterThan(0);
  expect(filtered).toBeLessThan(unfiltered);
  await expect(search.results().first()).toContainText("제3축");

  await search.results().first().getByRole("heading").getByRole("link").click();
  await expect(page).toHaveURL(/\/ko\/measures\//);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("반도체");
});

test("finds 2-syllable Korean words and English words, and survives hostile input", async ({ page }) => {
  const search = new SearchSite(page);
  await search.openSearchPage("ko", "?q=%EC%A0%84%EB%A0%A5");
  await expect(search.results().first()).toContainText("전력");
  await search.openSearchPage("en", "?q=SEMICONDUCTOR");
  await expect(search.results().first()).toContainText(/semiconductor/i);
  for (const hostile of [
    '"unbalanced',
    "NEAR(ai, 2) OR *",
    "'; DROP TABLE Measure; --",
    "a".repeat(10_000),
    "<script>alert(1)</script>",
  ]) {
    const response = await page.goto(`/en/search?q=${encodeURIComponent(hostile)}&pillar=IV&page=x`);
    expect(response?.status()).toBe(200);
    await expect(search.resultCount()).toBeVisible();
  }
  const api = await page.request.get("/api/search?q=ai&limit=0");
  expect(api.status()).toBe(422);
  expect((await api.json()).error).toBeTruthy();
});

test("an empty query lists all measures, and filters live in the URL", async ({ page }) => {
  const search = new SearchSite(page);
  await search.openSearchPage("en", "?sector=cybersecurity");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("All measures");
  const count = await search.results().count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(20);
  await search.filter("Sector", "Any");
  await expect(search.resultCount()).toHaveText("30 results");
});

test("the palette works end to end with the keyboard only", async ({ page }) => {
  const search = new SearchSite(page);
  await page.goto("/en/sectors");
  await pressQuickJump(page);
  await expect(search.palette()).toBeVisible();
  await expect(search.paletteInput()).toBeFocused();

  await page.keyboard.type("ii3");
  await expect(search.paletteOptions().first()).toContainText("II-3");
  await expect(search.paletteOptions().first()).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/measures\/restore-american-semiconductor-manufacturing$/);
  await expect(search.palette()).toBeHidden();

  await pressQuickJump(page);
  await page.keyboard.type("grid");
  await expect(search.paletteOptions().nth(1)).toBeVisible();
  await page.keyboard.press("ArrowDown");
  await expect(search.paletteOptions().nth(1)).toHaveAttribute("aria-selected", "true");
  const id = await search.paletteOptions().nth(1).getAttribute("id");
  await expect(search.paletteInput()).toHaveAttribute("aria-activedescendant", id!);
  await page.keyboard.press("ArrowUp");
  await page.keyboard.press("ArrowUp");
  await expect(search.paletteOptions().last()).toHaveAttribute("aria-selected", "true");
  await expect(search.paletteOptions().last()).toContainText("All results for “grid”");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/en\/search\?q=grid$/);

  await pressQuickJump(page);
  await expect(search.palette()).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(search.palette()).toBeHidden();
});

test("the header button opens the palette, whose dialog is not in the page's first load", async ({ page }) => {
  const search = new SearchSite(page);
  const dialogChunks: string[] = [];
  page.on("response", async (response) => {
    const url = new URL(response.url());
    if (url.pathname.endsWith(".js") && (await response.text()).includes("/api/search?"))
      dialogChunks.push(url.pathname);
  });
  const html = await (await page.goto("/ko/sectors"))!.text();
  // Clicked at once: the dialog is fetched then if it is not there yet.
  await page
    .getByRole("banner")
    .getByRole("button", { name: /빠른 이동/ })
    .click();
  await expect(search.palette()).toBeVisible();
  await expect(search.paletteInput()).toBeFocused();
  await expect(search.palette().getByRole("heading")).not.toBeEmpty();
  // The page names every chunk of its first load; the dialog (the only code asking /api/search) is in none of them.
  await expect.poll(() => dialogChunks.length).toBeGreaterThan(0);
  expect(dialogChunks.filter((path) => html.includes(path))).toEqual([]);
  await page.keyboard.press("Escape");
  await expect(search.palette()).toBeHidden();
});

for (const lang of ["ko", "en"] as const) {
  test(`axe finds no violations on the search page, with results and filters (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/search?q=${encodeURIComponent(lang === "ko" ? "보안" : "security")}&pillar=II`);
    const results = await new AxeBuilder({ page })
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
      .analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
      ),
    ).toEqual([]);
  });

  test(`axe finds no violations in the open palette (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}`);
    await pressQuickJump(page);
    await page.keyboard.type("ai");
    await expect(page.getByRole("dialog").getByRole("option").first()).toBeVisible();
    const results = await new AxeBuilder({ page })
      .include("dialog")
      .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
      .analyze();
    expect(
      results.violations.map(
        (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
      ),
    ).toEqual([]);
  });
}
