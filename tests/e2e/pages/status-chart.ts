import { expect, type Locator, type Page } from "@playwright/test";

export const STATUSES = ["not-started", "in-progress", "partially-implemented", "implemented"] as const;
export type Counts = Record<(typeof STATUSES)[number], number>;
export type ChartRow = { label: string; counts: Counts; total: number };

/** A status chart as a reader meets it: a titled image, its legend, and the table of its numbers. */
export class StatusChartView {
  readonly section: Locator;

  constructor(
    readonly page: Page,
    testId: string,
  ) {
    this.section = page.getByTestId(testId);
  }

  image() {
    return this.section.getByRole("img");
  }

  /** The frame the table scrolls in when it is wider than the screen (a focusable region). */
  tableFrame() {
    return this.section.getByRole("region");
  }

  /** The SVG's description (its <desc>), as a screen reader gets it. */
  async description() {
    return this.image().evaluate((svg) => svg.querySelector("desc")?.textContent ?? "");
  }

  /**
   * Every bar's numbers from the table, in the chart's order, whichever way the table is laid out
   * (a column per month, or a row per agency or sector): its heading, each status, the total.
   */
  async rows(): Promise<ChartRow[]> {
    await expect(this.section.getByRole("table")).toBeVisible();
    return this.section.getByRole("table").evaluate(
      (table, statuses) =>
        [...table.querySelectorAll("th[data-key]")].map((heading) => {
          const key = heading.getAttribute("data-key");
          const cell = (status: string) =>
            Number(table.querySelector(`td[data-key="${key}"][data-status="${status}"]`)?.textContent);
          return {
            // A month's column shows "Dec" and reads "Dec 2026" in full to a screen reader.
            label: (heading.querySelector("[data-full-label]") ?? heading).textContent?.trim() ?? "",
            counts: Object.fromEntries(statuses.map((status) => [status, cell(status)])) as Counts,
            total: cell("total"),
          };
        }),
      STATUSES,
    );
  }
}

/** The counts a status progress box on the same page shows ("12 / 103" beside each status). */
export async function progressCounts(box: Locator): Promise<Counts> {
  const entries = await Promise.all(
    STATUSES.map(async (status) => {
      const text = await box.locator(`dd[data-status="${status}"] [aria-hidden="true"]`).textContent();
      return [status, Number(text?.split("/")[0].trim())] as const;
    }),
  );
  return Object.fromEntries(entries) as Counts;
}

/** How many items of a list of actions carry each status badge. */
export async function badgeCounts(list: Locator): Promise<Counts> {
  const entries = await Promise.all(
    STATUSES.map(async (status) => [status, await list.locator(`li [data-status="${status}"]`).count()] as const),
  );
  return Object.fromEntries(entries) as Counts;
}
