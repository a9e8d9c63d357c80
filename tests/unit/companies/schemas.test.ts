import { describe, expect, it } from "vitest";
import { z } from "zod";
import { companyInputSchema, companyUpdateSchema } from "@/lib/validations/companies";

const valid = {
  nameKo: "삼성전자",
  nameEn: "Samsung Electronics",
  ticker: "005930",
  market: "KRX",
  rationale: "HBM for **AI data centres**.",
};

function fieldErrors(input: unknown, schema: z.ZodType = companyInputSchema) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return z.flattenError((result as { error: z.ZodError }).error).fieldErrors as Record<string, string[]>;
}

describe("companyInputSchema", () => {
  it("normalises the ticker (trimmed, upper case, NFC) and names, and defaults to shared with no exposures", () => {
    const parsed = companyInputSchema.parse({
      ...valid,
      ticker: "  brk.b ",
      nameKo: " 한\u1100\u1161 ".normalize("NFD"),
    });
    expect(parsed).toMatchObject({ ticker: "BRK.B", visibility: "shared", measures: [], actions: [] });
    expect(parsed.nameKo).toBe("한가".normalize("NFC"));
  });

  it("takes exposures from JSON arrays and from the form's comma-separated text, without duplicates", () => {
    expect(companyInputSchema.parse({ ...valid, measures: ["I-1", "I-1", "II-3"], actions: ["i-1.1"] })).toMatchObject({
      measures: ["I-1", "II-3"],
      actions: ["I-1.1"],
    });
    expect(companyInputSchema.parse({ ...valid, actions: "I-1.1, II-3.2  III-1.1" }).actions).toEqual([
      "I-1.1",
      "II-3.2",
      "III-1.1",
    ]);
  });

  it("refuses, field by field, what a caller could get wrong", () => {
    const errors = fieldErrors({
      nameKo: " ",
      nameEn: "x".repeat(201),
      ticker: "AB CD",
      market: "MOON",
      rationale: "   ",
      visibility: "public",
      measures: ["IV-1"],
      actions: ["1.1"],
    });
    expect(errors.nameKo).toEqual(["Give the company's Korean name."]);
    expect(errors.nameEn).toEqual(["Use at most 200 characters."]);
    expect(errors.ticker).toEqual(["Give the ticker: letters, digits, dots or hyphens (at most 20)."]);
    expect(errors.market).toEqual(["Choose the market the company is listed on."]);
    expect(errors.rationale).toEqual(["Explain why this company belongs to the sector."]);
    expect(errors.visibility).toEqual(["Choose shared or private."]);
    expect(Object.keys(errors)).toEqual(expect.arrayContaining(["measures", "actions"]));
  });

  it("applies a note body's length limit to the rationale", () => {
    expect(fieldErrors({ ...valid, rationale: "x".repeat(20_001) }).rationale).toEqual([
      "A rationale can have at most 20,000 characters.",
    ]);
    expect(companyInputSchema.safeParse({ ...valid, rationale: "x".repeat(20_000) }).success).toBe(true);
  });

  it("applies a note body's Markdown bounds to the rationale: nesting, marks", () => {
    expect(fieldErrors({ ...valid, rationale: `${">".repeat(21)} deep` }).rationale).toEqual([
      "Nest lists and quotes at most 20 levels deep.",
    ]);
    expect(companyInputSchema.safeParse({ ...valid, rationale: `${">".repeat(20)} deep` }).success).toBe(true);
    expect(fieldErrors({ ...valid, rationale: "**b** ".repeat(101) }).rationale).toEqual([
      "This note has too much formatting for one note (list items, paragraphs and links weigh most; tables at most 1,000 cells): split it into several notes.",
    ]);
  });

  it("takes the name rule: invisible edges trimmed, control and text-direction characters refused", () => {
    expect(companyInputSchema.parse({ ...valid, nameEn: "\u200BNVIDIA\uFEFF " }).nameEn).toBe("NVIDIA");
    expect(fieldErrors({ ...valid, nameEn: "NVIDIA\u202E" }).nameEn).toEqual([
      "Use letters, digits, spaces and punctuation only (no control or text-direction characters).",
    ]);
    expect(fieldErrors({ ...valid, nameKo: "\u200B" }).nameKo).toEqual(["Give the company's Korean name."]);
  });

  it("lists the markets analysts need", () => {
    for (const market of [
      "KRX",
      "KOSDAQ",
      "NYSE",
      "NASDAQ",
      "TSE",
      "HKEX",
      "SSE",
      "SZSE",
      "TWSE",
      "LSE",
      "XETRA",
      "EURONEXT",
    ])
      expect(companyInputSchema.safeParse({ ...valid, market }).success).toBe(true);
  });
});

describe("companyUpdateSchema", () => {
  it("takes any one field and refuses an empty edit", () => {
    expect(companyUpdateSchema.parse({ ticker: "nvda" })).toEqual({ ticker: "NVDA" });
    expect(companyUpdateSchema.safeParse({}).success).toBe(false);
  });
});
