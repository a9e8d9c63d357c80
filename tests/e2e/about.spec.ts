import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";

const words = {
  ko: {
    title: "행동계획에 대하여",
    purposes: "행동계획의 3가지 목적",
    purpose: "AI의 중립성과 객관적 사실 추구",
    brief: "미국은 지금: AI Action Plan의 목적",
  },
  en: {
    title: "About the plan",
    purposes: "The plan's three purposes",
    purpose: "Neutral AI that seeks objective truth",
    brief: "America Now: The Purpose of the AI Action Plan",
  },
} as const;

for (const lang of ["ko", "en"] as const) {
  test(`a reader reaches the about page from the footer and from the overview (${lang})`, async ({ page }) => {
    const w = words[lang];
    await page.goto(`/${lang}`);
    await page.getByRole("contentinfo").getByRole("link", { name: w.title }).click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/about$`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.title);
    await expect(page).toHaveTitle(new RegExp(`^${w.title} · `));

    const purposes = page.getByRole("region", { name: w.purposes });
    await expect(purposes.getByRole("listitem")).toHaveCount(3);
    await expect(purposes.getByRole("heading", { level: 3, name: w.purpose })).toBeVisible();
    await expect(page.getByText(w.brief)).toBeVisible();

    await page.goto(`/${lang}`);
    await page
      .getByRole("main")
      .getByRole("link", { name: lang === "ko" ? "행동계획의 3가지 목적" : "The plan's three purposes" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/${lang}/about$`));
  });

  test(`axe finds no violations on the about page (${lang})`, async ({ page }) => {
    await page.goto(`/${lang}/about`);
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
