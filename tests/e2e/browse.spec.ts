import { expect, test } from "@playwright/test";
import { PlanSite } from "./pages/plan-site";

const journeys = {
  ko: { pillar: "AI 인프라 강화", measure: "전력망", sector: "전력", pillarsHeading: "3대 축" },
  en: {
    pillar: "Build American AI Infrastructure",
    measure: "Develop a Grid to Match the Pace of AI Innovation",
    sector: "Power",
    pillarsHeading: "The three pillars",
  },
} as const;

for (const lang of ["ko", "en"] as const) {
  test(`a reader goes home → pillar → measure → sector → back (${lang})`, async ({ page }) => {
    const site = new PlanSite(page);
    const words = journeys[lang];
    await site.openHome(lang);
    await expect(page.getByRole("heading", { name: words.pillarsHeading })).toBeVisible();

    await page.getByRole("heading", { level: 3, name: words.pillar }).getByRole("link").click();
    await expect(site.heading()).toHaveText(words.pillar);
    await expect(site.main().getByRole("listitem").filter({ hasText: "II-" })).toHaveCount(8);

    await site.follow(new RegExp(`II-2.*${words.measure}`));
    await expect(site.heading()).toContainText("II-2");
    await expect(site.heading()).toContainText(words.measure);
    const sectors = page.getByRole("region", { name: lang === "ko" ? "수혜 분야" : "Sectors that benefit" });
    await sectors.getByRole("link", { name: words.sector, exact: true }).click();

    await expect(site.heading()).toHaveText(words.sector);
    await expect(site.main().getByRole("link", { name: /II-2/ })).toBeVisible();

    await page.goBack();
    await expect(site.heading()).toContainText("II-2");
    await page.goBack();
    await expect(site.heading()).toHaveText(words.pillar);
  });
}

test("the language switch keeps the reader on the same page", async ({ page }) => {
  const site = new PlanSite(page);
  await page.goto("/en/measures/develop-a-grid-to-match-the-pace-of-ai-innovation");
  await site.switchLanguage();
  await expect(page).toHaveURL(/\/ko\/measures\/develop-a-grid-to-match-the-pace-of-ai-innovation$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(site.heading()).toContainText("II-2");

  await site.switchLanguage();
  await expect(page).toHaveURL(/\/en\/measures\/develop-a-grid-to-match-the-pace-of-ai-innovation$/);
  await expect(site.heading()).toContainText("Develop a Grid");
});

test("the language switch keeps a search and its filters", async ({ page }) => {
  const site = new PlanSite(page);
  await page.goto("/en/search?q=grid&pillar=II");
  await site.switchLanguage();
  await expect(page).toHaveURL(/\/ko\/search\?q=grid&pillar=II$/);
  await expect(page.locator("html")).toHaveAttribute("lang", "ko");
  await expect(page.getByRole("main").getByRole("searchbox")).toHaveValue("grid");
});

test("the root picks the browser's language", async ({ browser }) => {
  for (const [acceptLanguage, lang] of [
    ["ko-KR", "ko"],
    ["en-US", "en"],
  ] as const) {
    const context = await browser.newContext({ locale: acceptLanguage });
    const page = await context.newPage();
    await page.goto("/");
    await expect(page).toHaveURL(new RegExp(`/${lang}$`));
    await context.close();
  }
});

test("an unknown measure answers a real 404 page in the reader's language", async ({ page }) => {
  const response = await page.goto("/ko/measures/no-such-measure");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("페이지를 찾을 수 없습니다");
  await page.getByRole("link", { name: "개요로 돌아가기" }).click();
  await expect(page).toHaveURL(/\/ko$/);
});

test("the home matrix links a count to the measures behind it", async ({ page }) => {
  await page.goto("/en");
  await page.getByRole("link", { name: /measures? of Build American AI Infrastructure benefiting Power/ }).click();
  await expect(page).toHaveURL(/\/en\/sectors\/power#pillar-II$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Power");
});

test("every page has its own title, and the sitemap lists pages in both languages", async ({ page, request }) => {
  await page.goto("/en/sectors/bio");
  await expect(page).toHaveTitle(/^Bio · /);
  await page.goto("/ko/pillars/accelerate-ai-innovation");
  await expect(page).toHaveTitle(/^AI 혁신 가속화 · /);

  const sitemap = await (await request.get("/sitemap.xml")).text();
  // home, about, sectors; timeline, what's new, briefs; tracker, agencies; pillars, measures, sectors, actions, agencies
  expect(sitemap.match(/<url>/g)).toHaveLength(2 * (1 + 1 + 1 + 3 + 2 + 3 + 30 + 7 + 103 + 50));
  expect(sitemap).toContain("/en/briefs</loc>");
  expect(sitemap).toContain("/ko/measures/invest-in-biosecurity</loc>");
  expect(sitemap).toContain("/en/measures/invest-in-biosecurity</loc>");
  expect(sitemap).toContain("/en/tracker</loc>");
  expect(sitemap).toContain("/ko/actions/I-1.1</loc>");
  expect(sitemap).toContain("/en/agencies/nist</loc>");
});

test("measures the key policies draw on are marked wherever they are listed", async ({ page }) => {
  await page.goto("/en/pillars/build-american-ai-infrastructure");
  const grid = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: /II-1/ }) });
  await grid.getByRole("link", { name: /^Key policy 2: / }).click();
  await expect(page).toHaveURL(/\/en\/?#key-policy-data-center-buildout$/);
  await expect(page.locator("#key-policy-data-center-buildout")).toContainText("II-5");

  await page.goto("/ko/sectors/infrastructure");
  await expect(page.getByRole("link", { name: /^주요 정책 2: / }).first()).toBeVisible();
});

test("a path outside both languages answers 404 in both languages", async ({ page }) => {
  const response = await page.goto("/no-such-file.txt");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "페이지를 찾을 수 없습니다" })).toBeVisible();
});
