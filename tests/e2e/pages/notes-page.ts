import { expect, type Page } from "@playwright/test";

/** The notes section of a measure page, and the edit and history pages it links to. */
export class NotesPage {
  constructor(readonly page: Page) {}

  section() {
    return this.page.getByRole("region", { name: "Notes" });
  }

  async open(slug: string) {
    await this.page.goto(`/en/measures/${slug}`);
  }

  async write(body: string, visibility: "shared" | "private" = "shared") {
    const section = this.section();
    await section.getByLabel("Note (Markdown)").fill(body);
    await section.getByLabel(visibility === "shared" ? "Shared with all analysts" : "Private (only me)").check();
    await section.getByRole("button", { name: "Save note" }).click();
    await expect(section.getByRole("status")).toHaveText("Note saved.");
  }

  note(text: string) {
    return this.section().getByRole("article").filter({ hasText: text });
  }
}
