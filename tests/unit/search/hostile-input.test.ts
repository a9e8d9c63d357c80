import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countSearchFacets } from "@/lib/search/facets";
import { parseQuery } from "@/lib/search/query";
import { searchDocuments } from "@/lib/search/search";
import { searchApiQuerySchema, searchPageQuerySchema } from "@/lib/validations/search";

const hostile: string[] = [
  '"',
  '""',
  '"unbalanced',
  "'",
  "'; DROP TABLE Measure; --",
  '"; DELETE FROM search_index; --',
  "AND",
  "OR",
  "NOT",
  "NEAR",
  "NEAR(전력 보안, 2)",
  "ai AND",
  "OR ai",
  "NOT 보안",
  "*",
  "ai*",
  "^ai",
  "^",
  "(",
  ")",
  "((전력)",
  "title:ai",
  "{title body}: ai",
  "col:",
  "-",
  "+ai -보안",
  "a".repeat(10_000),
  "전력 ".repeat(2_000),
  "😀🚀🇰🇷",
  "AI 😀 전력",
  "\u0000\u0001\u0007\u001b[31m",
  "ai\u0000보안",
  "\ud800",
  "전\udc00력",
  "\u200b\u200d\ufeff",
  "%_%",
  "\\",
  "<script>alert(1)</script>",
  "   ",
  "ㅈㄹ",
  "가",
  "Ω≈ç√∫",
  "1=1",
];

describe("hostile search input", () => {
  it("has a table of at least 30 inputs", () => {
    expect(hostile.length).toBeGreaterThanOrEqual(30);
  });

  it.each(hostile.map((input) => [JSON.stringify(input).slice(0, 60), input]))(
    "%s gives a normal answer",
    async (_label, input) => {
      const parsed = parseQuery(input);
      // The only syntax reaching FTS5 is ours: quoted terms of letters and digits.
      if (parsed.match)
        expect(parsed.match).toMatch(
          /^(\{title(_grams)? body(_grams)?\} : "[\p{L}\p{N} ]+"\*?)( AND \{title(_grams)? body(_grams)?\} : "[\p{L}\p{N} ]+"\*?)*$/u,
        );
      const response = await searchDocuments({ q: input, limit: 20, offset: 0, locale: "en" }, null);
      expect(response.total).toBeGreaterThanOrEqual(response.results.length);
      await countSearchFacets(input, {}, null);
      expect(searchPageQuerySchema.parse({ q: input }).q.length).toBeLessThanOrEqual(500);
    },
  );

  it("leaves the data in place after every hostile query", async () => {
    expect(await db.measure.count()).toBe(30);
    const [row] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM search_document`;
    // The 30 measures, the 103 recommended actions and the events seeded from content/events.json.
    expect(Number(row.n)).toBe(30 + (await db.action.count()) + (await db.event.count()));
  });

  it("treats FTS5 operators as ordinary words", async () => {
    const near = await searchDocuments({ q: "near", limit: 50, offset: 0, locale: "en" }, null);
    const nearUpper = await searchDocuments({ q: "NEAR", limit: 50, offset: 0, locale: "en" }, null);
    expect(nearUpper.results.map((r) => r.id)).toEqual(near.results.map((r) => r.id));
  });

  it("rejects bad API parameters with a message, and forgives them on the page", () => {
    for (const bad of [
      { limit: "0" },
      { limit: "x" },
      { offset: "-1" },
      { type: "user" },
      { pillar: "IV" },
      { sector: "a b" },
      { q: "a".repeat(501) },
    ]) {
      expect(searchApiQuerySchema.safeParse(bad).success).toBe(false);
    }
    expect(searchPageQuerySchema.parse({ q: "ai", type: "user", pillar: "IV", sector: "<b>", page: "x" })).toEqual({
      q: "ai",
      page: 1,
    });
  });
});

describe("query parsing", () => {
  it("turns Korean words into bigram phrases, English words into prefixes", () => {
    expect(parseQuery("전력").match).toBe('{title_grams body_grams} : "전력"');
    expect(parseQuery("데이터센터").match).toBe('{title_grams body_grams} : "데이 이터 터센 센터"');
    expect(parseQuery("전").match).toBe('{title_grams body_grams} : "전"*');
    expect(parseQuery("AI반도체").match).toBe('{title body} : "ai" AND {title_grams body_grams} : "반도 도체"');
    expect(parseQuery("export contr").match).toBe('{title body} : "export" AND {title body} : "contr"*');
  });
});
