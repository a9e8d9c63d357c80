import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { TrackerPage } from "./pages/tracker-page";

test("the header links to the tracker, which lists all 103 actions grouped by measure", async ({ page }) => {
  await page.goto("/en");
  await page
    .getByRole("navigation", { name: /main|site/i })
    .getByRole("link", { name: "Tracker" })
    .click();
  await page.waitForURL(/\/en\/tracker$/, { timeout: 15_000 });
  const tracker = new TrackerPage(page);
  await tracker.expectCount("103 actions of 103");
  const ids = await tracker.actionIds();
  expect(ids).toHaveLength(103);
  expect(ids.slice(0, 2)).toEqual(["I-1.1", "I-1.2"]);
  await expect(tracker.table().getByRole("columnheader", { name: /^I-1 / })).toBeVisible();
});

test("filters by pillar, agency and no lead named, all kept in the URL", async ({ page }) => {
  const tracker = new TrackerPage(page);
  await tracker.open();
  await tracker.choose("Pillar", "Pillar 3 · Lead in International AI Diplomacy and Security");
  await tracker.apply();
  expect(new URL(page.url()).searchParams.get("pillar")).toBe("III");
  await tracker.expectCount("16 actions of 103");
  expect((await tracker.actionIds()).every((id) => id.startsWith("III-"))).toBe(true);

  await tracker.open("?agency=ostp");
  const ostp = await tracker.actionIds();
  expect(ostp).toContain("I-1.1");
  await expect(tracker.filters().getByLabel("Agency", { exact: true })).toHaveValue("ostp");

  await tracker.open("?noLead=1");
  const noLead = await tracker.actionIds();
  expect(noLead).toContain("I-1.5");
  expect(noLead).not.toContain("I-1.1");
  await expect(tracker.table().locator('td[data-column="leads"]').first()).toHaveText("None named");
});

test("sorts by a column heading, and back the other way", async ({ page }) => {
  const tracker = new TrackerPage(page);
  await tracker.open("?pillar=I");
  await tracker.sortBy("Action");
  const ascending = await tracker.actionIds();
  const titles = await tracker.table().locator("tbody tr[data-action] td:first-of-type").allTextContents();
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, "en")));
  expect(new URL(page.url()).searchParams.get("pillar")).toBe("I");
  await tracker.sortBy("Action");
  expect(new URL(page.url()).searchParams.get("dir")).toBe("desc");
  expect(await tracker.actionIds()).toEqual([...ascending].reverse());
});

test("a bad parameter shows a clear message and every action, not an error page", async ({ page }) => {
  const tracker = new TrackerPage(page);
  const response = await page.goto("/en/tracker?status=finished&sort=colour");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("tracker-invalid")).toContainText("status must be one of");
  await tracker.expectCount("103 actions of 103");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form and the sort links still work", async ({ page }) => {
    const tracker = new TrackerPage(page);
    await tracker.open();
    await tracker.choose("Measure", "I-5 Empower American Workers in the Age of AI");
    await tracker.apply();
    expect(await tracker.actionIds()).toEqual(["I-5.1", "I-5.2", "I-5.3", "I-5.4", "I-5.5", "I-5.6"]);
    await tracker.sortBy("Lead agencies");
    expect(new URL(page.url()).searchParams.get("measure")).toBe("I-5");
    expect(await tracker.actionIds()).toHaveLength(6);
  });
});

for (const lang of ["en", "ko"] as const) {
  for (const path of ["/tracker", "/tracker?sort=status&dir=desc", "/actions/I-1.1", "/agencies", "/agencies/doc"]) {
    test(`axe finds no violations on ${path} (${lang})`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(`/${lang}${path}`);
      const results = await new AxeBuilder({ page })
        .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
        .analyze();
      expect(
        results.violations.map(
          (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(", ")}`,
        ),
      ).toEqual([]);
    });
  }
}
