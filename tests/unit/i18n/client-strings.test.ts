import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import { getPathname } from "@/lib/i18n/paths";
import { fillTemplate, placeholders } from "@/lib/i18n/template";

const LOCALES = [
  ["en", en],
  ["ko", ko],
] as const;

// Client leaves show strings the server formatted with `{name}` placeholders left in; filled in the
// browser they must read exactly as next-intl would have formatted them with the real value.
describe("strings sent to client leaves as templates", () => {
  for (const [locale, messages] of LOCALES) {
    const t = createTranslator({ locale, messages });

    it(`fill to the same text as the formatted message (${locale})`, () => {
      const query = "grid {name} ‘quoted’";
      expect(fillTemplate(t("Search.seeAll", placeholders("query")), { query })).toBe(t("Search.seeAll", { query }));
      expect(fillTemplate(t("Auth.account", placeholders("name")), { name: "Kim {query}" })).toBe(
        t("Auth.account", { name: "Kim {query}" }),
      );
      const hint = t("Notes.bodyHint", { ...placeholders("count"), max: 20_000 });
      expect(fillTemplate(hint, { count: 1234 })).toBe(t("Notes.bodyHint", { count: 1234, max: 20_000 }));
    });
  }

  it("leave unknown placeholders and inserted text alone", () => {
    expect(fillTemplate("{a} and {b}", { a: "{b}" })).toBe("{b} and {b}");
  });
});

describe("locale-less hrefs", () => {
  it("are prefixed with the locale, the home page without a trailing slash", () => {
    expect(getPathname({ href: "/", locale: "ko" })).toBe("/ko");
    expect(getPathname({ href: "/sectors", locale: "en" })).toBe("/en/sectors");
    expect(getPathname({ href: "/?tab=1", locale: "en" })).toBe("/en?tab=1");
  });

  it("carry their query, encoded, and repeat array values", () => {
    expect(getPathname({ href: { pathname: "/sign-in", query: { next: "/notes/1/edit?x=a&b" } }, locale: "ko" })).toBe(
      "/ko/sign-in?next=%2Fnotes%2F1%2Fedit%3Fx%3Da%26b",
    );
    expect(
      getPathname({
        href: { pathname: "/timeline", query: { measure: ["I-1", "II-3"], page: 2, type: undefined } },
        locale: "en",
      }),
    ).toBe("/en/timeline?measure=I-1&measure=II-3&page=2");
    expect(getPathname({ href: { pathname: "/search", query: {} }, locale: "en" })).toBe("/en/search");
  });
});
