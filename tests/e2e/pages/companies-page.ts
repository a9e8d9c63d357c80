import type { Page } from "@playwright/test";

export type CompanyFields = {
  nameKo: string;
  nameEn: string;
  ticker: string;
  market: string;
  rationale: string;
  visibility?: "Shared with all analysts" | "Private (only me)";
};

/** The companies section of a sector page (English), with its add form. */
export class CompaniesPage {
  constructor(readonly page: Page) {}

  async open(sectorId: string) {
    await this.page.goto(`/en/sectors/${sectorId}`);
  }

  section() {
    return this.page.getByRole("region", { name: "Companies in this sector" });
  }

  form() {
    return this.page.getByRole("region", { name: "Add a company" });
  }

  /** Fills the add form, ticks the first `measures` exposure boxes, saves; returns the measures' labels. */
  async add(fields: CompanyFields, measures = 0): Promise<string[]> {
    const form = this.form();
    await form.getByLabel("Name (Korean)").fill(fields.nameKo);
    await form.getByLabel("Name (English)").fill(fields.nameEn);
    await form.getByLabel("Market").selectOption(fields.market);
    await form.getByLabel("Ticker").fill(fields.ticker);
    await form.getByLabel("Rationale (Markdown)").fill(fields.rationale);
    const boxes = form.getByRole("group", { name: "Exposed to these measures" }).getByRole("checkbox");
    const ticked: string[] = [];
    for (let index = 0; index < measures; index += 1) {
      const box = boxes.nth(index);
      await box.check();
      ticked.push((await box.getAttribute("value")) ?? "");
    }
    await form.getByLabel(fields.visibility ?? "Shared with all analysts").check();
    await form.getByRole("button", { name: "Save company" }).click();
    return ticked;
  }

  company(nameEn: string) {
    return this.page.getByRole("article").filter({ hasText: nameEn });
  }
}
