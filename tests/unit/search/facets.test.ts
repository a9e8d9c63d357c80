import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countSearchFacets } from "@/lib/search/facets";
import type { SearchViewer as Viewer } from "@/lib/search/search";
import { type SearchFilters, searchDocuments } from "@/lib/search/search";

const author: Viewer = { id: "facet-author", role: "analyst" };
const other: Viewer = { id: "facet-other", role: "analyst" };
const admin: Viewer = { id: "facet-admin", role: "admin" };

const total = async (q: string, filters: SearchFilters, viewer: Viewer) =>
  (await searchDocuments({ q, limit: 1, offset: 0, locale: "en", ...filters }, viewer)).total;

let values: Record<"pillar" | "sector" | "policy", string[]>;

beforeAll(async () => {
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  values = {
    pillar: ids(await db.pillar.findMany({ select: { id: true } })),
    sector: ids(await db.sector.findMany({ select: { id: true } })),
    policy: ids(await db.keyPolicy.findMany({ select: { id: true } })),
  };
  for (const user of [author, other, admin]) {
    await db.user.create({ data: { id: user.id, name: user.id, email: `${user.id}@example.test`, role: user.role } });
  }
  // A word in measure notes (shared and private), sector notes, and a deleted note.
  const notes = [
    { measureId: "II-2", visibility: "shared" },
    { measureId: "II-2", visibility: "private" },
    { measureId: "I-3", visibility: "shared" },
    { measureId: "III-1", visibility: "shared" },
    { sectorId: "power", visibility: "shared" },
    { sectorId: "power", visibility: "private" },
    { sectorId: "cybersecurity", visibility: "shared" },
  ];
  for (const note of notes)
    await db.note.create({ data: { body: "capybara grid notes 카피바라", authorId: author.id, ...note } });
  await db.note.create({
    data: { body: "capybara deleted", authorId: author.id, measureId: "II-2", deletedAt: new Date() },
  });
});

describe("facet counts with notes", () => {
  it.each([
    ["another analyst", other],
    ["the author", author],
    ["an admin", admin],
  ])(
    "equal, for %s, the results that picking each value gives — with and without a second filter",
    async (_, viewer) => {
      for (const [q, filters] of [
        ["capybara", {}],
        ["capybara", { sector: "power" }],
        ["capybara", { pillar: "II" }],
        ["grid", { type: "note" }],
        ["", { type: "note" }],
      ] as [string, SearchFilters][]) {
        const facets = await countSearchFacets(q, filters, viewer);
        // Every value, listed or not: an unlisted one must give no results.
        for (const facet of ["pillar", "sector", "policy"] as const) {
          for (const value of values[facet]) {
            const count = facets[facet].get(value) ?? 0;
            expect(count, `${q} ${JSON.stringify(filters)} ${facet}=${value}`).toBe(
              await total(q, { ...filters, [facet]: value }, viewer),
            );
          }
        }
        for (const [type, count] of facets.type) {
          expect(count, `${q} ${JSON.stringify(filters)} type=${type}`).toBe(
            await total(q, { ...filters, type: type as SearchFilters["type"] }, viewer),
          );
        }
      }
    },
  );

  it("counts what each viewer may read: private notes only for their author and admins, deleted never", async () => {
    const notes = async (viewer: Viewer) => (await countSearchFacets("capybara", {}, viewer)).type.get("note");
    expect(await notes(other)).toBe(5);
    expect(await notes(author)).toBe(7);
    expect(await notes(admin)).toBe(7);
    expect((await countSearchFacets("capybara", {}, null)).type.get("note")).toBeUndefined();
    const sectors = (await countSearchFacets("capybara", {}, other)).sector;
    // II-2's note counts under II-2's sectors; the two shared sector notes under their own sector.
    expect(sectors.get("cybersecurity")).toBeGreaterThanOrEqual(1);
    expect(sectors.get("power")).toBeGreaterThanOrEqual(1);
  });
});
