import { describe, expect, it } from "vitest";
import { isLocalizedPath } from "@/lib/i18n/paths";
import { LOCALES } from "@/lib/i18n/routing";

describe("the paths next-intl routes (and so the language server actions answer in)", () => {
  it("include every page under a locale, ids with a dot too", () => {
    for (const path of ["/en", "/ko/", "/en/actions/I-1.1", "/ko/actions/III-7.3", "/en/measures/x", "/en/a.b/c"])
      expect(isLocalizedPath(path, LOCALES), path).toBe(true);
  });

  it("include pages written without a locale, which it sends to one", () => {
    for (const path of ["/", "/sectors", "/actions/I-1"]) expect(isLocalizedPath(path, LOCALES), path).toBe(true);
  });

  it("leave out the API, Next's own paths and files", () => {
    for (const path of ["/api/actions", "/api", "/_next/data/x", "/feed.xml", "/exports/actions.csv", "/icon.svg"])
      expect(isLocalizedPath(path, LOCALES), path).toBe(false);
    expect(isLocalizedPath("/english", LOCALES)).toBe(true); // not a locale, an unprefixed page
    expect(isLocalizedPath("/enx.json", LOCALES)).toBe(false);
  });
});
