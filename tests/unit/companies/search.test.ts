/** Companies in full-text search: Korean names (2-syllable words too), tickers, and who finds them. */
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { createCompany, deleteCompany, updateCompany } from "@/lib/data/companies";
import { countSearchFacets } from "@/lib/search/facets";
import { type SearchFilters, searchDocuments } from "@/lib/search/search";
import { companyInputSchema } from "@/lib/validations/companies";
import { createViewer } from "../../support/accounts";

let author: Viewer;
let other: Viewer;
let admin: Viewer;
let sharedId: string;
let privateId: string;

async function found(q: string, viewer: Viewer | null, filters: SearchFilters = {}) {
  const response = await searchDocuments(
    { q, limit: 50, offset: 0, locale: "ko", type: "company", ...filters },
    viewer,
  );
  return response.results.map((result) => result.id);
}

beforeAll(async () => {
  author = await createViewer("company-search-author");
  other = await createViewer("company-search-other");
  admin = await createViewer("company-search-admin", "admin");
  const base = { market: "KRX", rationale: "무인기 엔진과 방산 수출.", measures: ["I-6"] };
  sharedId = (
    await createCompany(
      author,
      "drones",
      companyInputSchema.parse({ ...base, nameKo: "한화에어로스페이스", nameEn: "Hanwha Aerospace", ticker: "012450" }),
    )
  ).id;
  privateId = (
    await createCompany(
      author,
      "drones",
      companyInputSchema.parse({
        ...base,
        nameKo: "대한항공",
        nameEn: "Korean Air",
        ticker: "003490",
        visibility: "private",
      }),
    )
  ).id;
});

describe("searching companies", () => {
  it("finds a company by its Korean name, a 2-syllable part of it, its English name and its ticker", async () => {
    for (const q of ["한화에어로스페이스", "한화", "에어로", "hanwha", "012450"])
      expect(await found(q, author), q).toContain(sharedId);
    const [hit] = (await searchDocuments({ q: "012450", limit: 5, offset: 0, locale: "ko", type: "company" }, author))
      .results;
    expect(hit).toMatchObject({ type: "company", href: `/sectors/drones#company-${sharedId}` });
    expect(hit.title).toContain("한화에어로스페이스");
  });

  it("shows nothing to signed-out readers, shared ones to other analysts, all to the author and admins", async () => {
    expect(await found("항공", null)).toEqual([]);
    expect(await found("한화", null)).toEqual([]);
    expect(await found("항공", other)).toEqual([]);
    expect(await found("한화", other)).toEqual([sharedId]);
    expect(await found("항공", author)).toEqual([privateId]);
    expect(await found("항공", admin)).toEqual([privateId]);
    // Without a type filter too: the company arm of the catalogue obeys the same rule.
    const anonymous = await searchDocuments({ q: "대한항공", limit: 50, offset: 0, locale: "ko" }, null);
    expect(anonymous.results.some((result) => result.type === "company")).toBe(false);
  });

  it("keeps the index in step with edits and deletes, and filters and counts companies by sector", async () => {
    await updateCompany(author, privateId, { visibility: "shared" });
    expect(await found("항공", other)).toEqual([privateId]);
    expect(await found("무인기", other, { sector: "drones" })).toEqual(expect.arrayContaining([sharedId, privateId]));
    expect(await found("무인기", other, { sector: "bio" })).toEqual([]);
    const facets = await countSearchFacets("무인기", { type: "company" }, other);
    expect(facets.sector.get("drones")).toBeGreaterThanOrEqual(2);
    expect(facets.type.get("company")).toBeGreaterThanOrEqual(2);
    await deleteCompany(author, privateId);
    expect(await found("항공", admin)).toEqual([]);
  });
});
