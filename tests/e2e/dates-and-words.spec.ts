import { expect, type Page, test } from "@playwright/test";
import { formatDateTime } from "../../lib/i18n/dates";
import { AccountSite } from "./pages/account-site";
import { ensureUser, uniqueEmail } from "./support/accounts";

const MEASURE = "develop-a-grid-to-match-the-pace-of-ai-innovation";

async function noteTime(page: Page, marker: string) {
  const notes = page.getByRole("region", { name: "노트" });
  const time = notes.getByRole("article").filter({ hasText: marker }).locator("time").first();
  await expect(time).toBeVisible();
  return { text: (await time.textContent()) ?? "", instant: new Date((await time.getAttribute("datetime")) ?? "") };
}

test("a Korean page shows times in Seoul with 오전/오후, or in the zone the analyst chose", async ({ page }) => {
  const email = uniqueEmail("zone");
  ensureUser(email, "Zone Analyst", "analyst");
  await new AccountSite(page).signIn(email, undefined, "ko");
  await expect(page.getByRole("banner").getByRole("link", { name: "계정 (Zone Analyst)" })).toBeVisible();

  await page.goto(`/ko/measures/${MEASURE}`);
  const notes = page.getByRole("region", { name: "노트" });
  const marker = `zone-${Date.now()}`;
  await notes.getByLabel("노트 (마크다운)").fill(marker);
  await notes.getByRole("button", { name: "노트 저장" }).click();
  await expect(notes.getByRole("status")).toHaveText("노트를 저장했습니다.");

  // The server runs in UTC here; the page must not: Seoul by default, written the Korean way.
  const seoul = await noteTime(page, marker);
  expect(seoul.text).toMatch(/^\d{4}년 \d{1,2}월 \d{1,2}일 (오전|오후) \d{1,2}:\d{2}$/);
  expect(seoul.text).toBe(formatDateTime(seoul.instant, "ko", "Asia/Seoul"));

  // Seeded events name a day: the date alone, the same in every zone.
  const eventDay = page.locator('time[datetime="2025-07-23"]').first();
  await expect(eventDay).toHaveText("2025년 7월 23일");

  await page.goto("/ko/account");
  await page.getByLabel("표시 시간대").selectOption("America/New_York");
  await page.getByRole("button", { name: "시간대 저장" }).click();
  await expect(page.getByRole("status")).toHaveText("시간대를 저장했습니다.");
  await expect(page.getByTestId("time-zone-now")).toContainText("America/New_York");

  await page.goto(`/ko/measures/${MEASURE}`);
  const newYork = await noteTime(page, marker);
  expect(newYork.text).toBe(formatDateTime(newYork.instant, "ko", "America/New_York"));
  expect(newYork.text).not.toBe(seoul.text);
  await expect(page.locator('time[datetime="2025-07-23"]').first()).toHaveText("2025년 7월 23일");

  // A zone not on the list is refused by the server, not stored.
  await page.goto("/ko/account");
  await page
    .getByLabel("표시 시간대")
    .evaluate((select: HTMLSelectElement) => select.add(new Option("Mars", "Mars/Olympus")));
  await page.getByLabel("표시 시간대").selectOption("Mars/Olympus");
  await page.getByRole("button", { name: "시간대 저장" }).click();
  await expect(page.getByText("목록에서 시간대를 선택해 주세요.")).toBeVisible();
});

test("a Korean page's CSV download has Korean headers and each row's address", async ({ page }) => {
  await page.goto("/ko");
  const link = page.getByRole("link", { name: "조치 목록 (CSV)" });
  const href = (await link.getAttribute("href")) ?? "";
  expect(href).toBe("/exports/measures.csv?lang=ko");
  const csv = await (await page.request.get(href)).text();
  const [header, first] = csv.replace(/^\uFEFF/, "").split(/\r?\n/);
  expect(header.split(",")).toEqual(expect.arrayContaining(["조치 번호", "이행 현황", "주소"]));
  expect(first).toMatch(/,https?:\/\/[^/,]+\/ko\/measures\/[a-z0-9-]+$/);

  await page.goto("/en");
  expect(await page.getByRole("link", { name: /Measures \(CSV\)/ }).getAttribute("href")).toBe("/exports/measures.csv");
});
