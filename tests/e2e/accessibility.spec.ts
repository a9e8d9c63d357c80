import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const pages = {
  home: "",
  pillar: "/pillars/build-american-ai-infrastructure",
  measure: "/measures/restore-american-semiconductor-manufacturing",
  sectors: "/sectors",
  sector: "/sectors/cybersecurity",
  timeline: "/timeline",
  "what's new": "/whats-new",
  briefs: "/briefs",
  tracker: "/tracker",
  "not found": "/measures/no-such-measure",
};

for (const lang of ["ko", "en"] as const) {
  for (const [kind, path] of Object.entries(pages)) {
    test(`axe finds no violations on the ${kind} page (${lang})`, async ({ page }) => {
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

test("every page can be used from the keyboard: skip link, then the main navigation", async ({ page }) => {
  await page.goto("/en");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
});
