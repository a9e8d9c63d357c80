import { expect, type Page } from "@playwright/test";

/** /en/admin/users: the accounts table and each account's management forms. */
export class AdminUsersPage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.goto("/en/admin/users");
    await expect(this.page.getByRole("heading", { level: 1, name: "Users" })).toBeVisible();
  }

  row(email: string) {
    return this.page.getByRole("row").filter({ hasText: email });
  }

  /** The region holding one account's forms, named by its heading "Manage {name}". */
  account(name: string) {
    return this.page.getByRole("region", { name: new RegExp(`^Manage ${name}`) });
  }

  /** Unfolds the account's forms (they stay folded until opened). */
  async expand(name: string) {
    const details = this.account(name).locator("details");
    if (!(await details.evaluate((element) => (element as HTMLDetailsElement).open))) {
      await details.locator("summary").click();
    }
  }

  /** A status message (role="status") in the account's box. */
  status(name: string, text: string) {
    return this.account(name).getByRole("status").filter({ hasText: text });
  }

  async changeRole(name: string, role: "Analyst" | "Administrator") {
    await this.expand(name);
    await this.account(name).getByLabel("Role").selectOption({ label: role });
    await this.account(name).getByRole("button", { name: "Change role" }).click();
  }

  async deactivate(name: string) {
    await this.expand(name);
    await this.account(name)
      .getByLabel(/^I understand/)
      .check();
    await this.account(name).getByRole("button", { name: "Deactivate" }).click();
  }

  async reactivate(name: string) {
    await this.expand(name);
    await this.account(name)
      .getByLabel(/^I understand/)
      .check();
    await this.account(name).getByRole("button", { name: "Reactivate" }).click();
  }

  async setPassword(name: string, password: string) {
    await this.expand(name);
    await this.account(name).getByLabel("New password").fill(password);
    await this.account(name).getByRole("button", { name: "Set new password" }).click();
  }
}
