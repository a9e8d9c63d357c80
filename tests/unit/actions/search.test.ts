import { describe, expect, it } from "vitest";
import { searchDocuments } from "@/lib/search/search";

const search = (q: string, locale: "ko" | "en" = "en", type?: "action") =>
  searchDocuments({ q, locale, limit: 20, offset: 0, ...(type ? { type } : {}) }, null);

describe("searching recommended actions", () => {
  it("finds an action by an English word of its title", async () => {
    const { results } = await search("deepfake", "en", "action");
    expect(results.map((result) => result.id)).toEqual(expect.arrayContaining(["I-15.1"]));
    expect(results.every((result) => result.type === "action")).toBe(true);
    expect(results[0].href).toMatch(/^\/actions\/I-15\.\d$/);
  });

  it("finds an action by a two-syllable Korean word (Hangul bigrams)", async () => {
    const { results } = await search("딥페이크", "ko", "action");
    expect(results.map((result) => result.id)).toContain("I-15.1");
  });

  it("finds actions by the agencies they name", async () => {
    const { results } = await search("국방부", "ko", "action");
    expect(results.length).toBeGreaterThan(3);
  });

  it('puts the action first when its id is typed, "I-1.1" or "i-1.1"', async () => {
    for (const q of ["I-1.1", "i-1.1", " ii-3.2 "]) {
      const { results } = await search(q);
      expect(results[0], q).toMatchObject({ type: "action", id: q.trim().toUpperCase() });
    }
  });
});
