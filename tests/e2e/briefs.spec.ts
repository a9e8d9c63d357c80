import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { AccountSite } from "./pages/account-site";
import { BriefsPage } from "./pages/briefs-page";
import { CompaniesPage } from "./pages/companies-page";
import { StatusChartView } from "./pages/status-chart";
import { ensureUser, uniqueEmail } from "./support/accounts";

const PLAN_WEEK = "?from=2025-07-21&to=2025-07-27";
const KO = { from: "시작일", to: "종료일", submit: "브리프 보기" };

test("the Korean brief of the plan's week, reached from the header, has no axe violations", async ({ page }) => {
  await page.goto("/ko");
  await page.getByRole("navigation", { name: "주 메뉴" }).getByRole("link", { name: "브리프" }).click();
  await page.waitForURL(/\/ko\/briefs$/, { timeout: 15_000 });
  const briefs = new BriefsPage(page);
  await briefs.open(PLAN_WEEK);
  await expect(page.getByRole("heading", { level: 1, name: "AI 행동 계획 브리프" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /요약 · 2025년 7월 21일 – 2025년 7월 27일/ })).toBeVisible();
  const byMeasure = briefs.section("축·조치별 변화");
  await expect(byMeasure.getByText("데이터센터 인프라에 대한 연방 인허가 가속화").first()).toBeVisible();
  const bySector = briefs.section("섹터별 변화");
  await expect(bySector.getByRole("heading", { level: 3 }).first()).toHaveText(/\(초기\)$/);
  // Signed out: no company list, and the page says why.
  await expect(page.getByText("공유 노트와 섹터별 기업은 로그인하면 볼 수 있습니다.").first()).toBeVisible();
  await expect(bySector.getByText("애널리스트가 이 섹터에 연결한 기업")).toHaveCount(0);

  // The summary's chart of the week's month, named by its title, with the table the Markdown has too.
  const summary = page.getByRole("region", { name: /요약 · / });
  await expect(summary.getByRole("img", { name: /^기간 중 이행 현황별 권고 과제\(월별\) / })).toBeVisible();
  const [july, ...rest] = await new StatusChartView(page, "brief-chart").rows();
  expect(rest).toEqual([]);
  expect(july.label).toBe("2025년 7월");
  expect(Object.values(july.counts).reduce((a, b) => a + b, 0)).toBe(july.total);
  expect(july.total).toBeGreaterThan(0);
  const markdown = await (await page.request.get("/exports/brief.md?from=2025-07-21&to=2025-07-27&lang=ko")).text();
  expect(markdown).toContain("| 월 | 2025년 7월 |");
  expect(markdown).toContain(`| 착수 전 | ${july.counts["not-started"]} |`);
  expect(markdown).toContain(`| 이행 완료 | ${july.counts.implemented} |`);
  expect(markdown).toContain(`| 합계 | ${july.total} |`);

  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
});

test("the period form works without JavaScript and says what is wrong with a bad period", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const briefs = new BriefsPage(page);
  await briefs.open();
  await briefs.choosePeriod(KO, "2025-07-21", "2025-07-27");
  expect(new URL(page.url()).searchParams.get("to")).toBe("2025-07-27");
  await expect(page.getByRole("heading", { level: 2, name: /2025년 7월 21일 – 2025년 7월 27일/ })).toBeVisible();

  await briefs.choosePeriod(KO, "2025-07-27", "2025-07-01");
  await expect(briefs.form().getByRole("alert")).toHaveText("시작일은 종료일 이후로 지정할 수 없습니다.");
  await expect(briefs.form().getByLabel(KO.from)).toHaveAttribute("aria-invalid", "true");
  await expect(briefs.downloads()).toHaveCount(0);

  await briefs.form().getByRole("link", { name: "이번 달" }).click();
  await page.waitForURL(/from=\d{4}-\d{2}-01/, { timeout: 15_000 });
  await expect(briefs.section("섹터별 변화")).toBeVisible();
  await context.close();
});

test("the page's Markdown and PDF links answer the brief with their content types", async ({ page }) => {
  const briefs = new BriefsPage(page);
  await briefs.open(PLAN_WEEK);
  const downloads = briefs.downloads();
  const markdown = await downloads.getByRole("link", { name: "마크다운 (.md)" }).getAttribute("href");
  const pdf = await downloads.getByRole("link", { name: "PDF (.pdf)" }).getAttribute("href");
  expect(markdown).toBe("/exports/brief.md?from=2025-07-21&to=2025-07-27&lang=ko");

  const md = await page.request.get(markdown ?? "");
  expect(md.status()).toBe(200);
  expect(md.headers()["content-type"]).toBe("text/markdown; charset=utf-8");
  expect(await md.text()).toContain("## 축·조치별 변화");

  const file = await page.request.get(pdf ?? "");
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect((await file.body()).subarray(0, 5).toString()).toBe("%PDF-");

  const feed = await page.request.get(
    (await downloads.getByRole("link", { name: "주간 브리프 (Atom)" }).getAttribute("href")) ?? "",
  );
  expect(feed.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
});

test("a signed-in analyst's brief lists the companies tied to a sector, and its Markdown is private", async ({
  page,
}) => {
  test.setTimeout(120_000);
  const email = uniqueEmail("briefs");
  ensureUser(email, "Brief Analyst", "analyst");
  const site = new AccountSite(page);
  await site.signIn(email);
  await expect(site.header().getByRole("link", { name: "Account (Brief Analyst)" })).toBeVisible({ timeout: 20_000 });
  const stamp = Date.now() % 1_000_000;
  const company = { nameKo: "전력기업", nameEn: `Grid Co ${stamp}`, ticker: `G${stamp}`, market: "KRX" };
  const companies = new CompaniesPage(page);
  await companies.open("power");
  await companies.add({ ...company, rationale: "Transformers for data centres." });
  await expect(companies.form().getByRole("status")).toHaveText("Saved the company.", { timeout: 20_000 });

  const briefs = new BriefsPage(page);
  await briefs.open(PLAN_WEEK, "en");
  const power = briefs
    .section("By sector")
    .getByRole("article")
    .filter({ has: page.getByRole("heading", { level: 3, name: /^Power/ }) });
  await expect(power.getByRole("heading", { name: "Companies analysts tied to this sector" })).toBeVisible();
  await expect(power.getByRole("cell", { name: company.nameEn })).toBeVisible();
  await expect(page.getByText("Sign in to see shared notes")).toHaveCount(0);

  const markdown = await page.request.get(
    (await briefs.downloads().getByRole("link", { name: "Markdown (.md)" }).getAttribute("href")) ?? "",
  );
  expect(markdown.headers()["cache-control"]).toBe("private, no-store");
  expect(await markdown.text()).toContain(company.nameEn);
});
