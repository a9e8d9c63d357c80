import { expect, type Page } from "@playwright/test";
import { E2E_PASSWORD } from "../support/accounts";

/** The signed-in side of the site: signing in and out, and the header's account menu. */
export class AccountSite {
  constructor(readonly page: Page) {}

  async signIn(email: string, password = E2E_PASSWORD, lang: "en" | "ko" = "en") {
    await this.page.goto(`/${lang}/sign-in`);
    await this.page.getByLabel(lang === "en" ? "E-mail" : "이메일").fill(email);
    await this.page.getByLabel(lang === "en" ? "Password" : "비밀번호").fill(password);
    await this.page
      .getByRole("main")
      .getByRole("button", { name: lang === "en" ? "Sign in" : "로그인" })
      .click();
  }

  header() {
    return this.page.getByRole("banner");
  }

  async expectSignedIn(name: string) {
    await expect(this.header().getByRole("link", { name: `Account (${name})` })).toBeVisible();
  }

  async signOut() {
    await this.header().getByRole("button", { name: "Sign out" }).click();
    await expect(this.header().getByRole("link", { name: "Sign in" })).toBeVisible();
  }
}
