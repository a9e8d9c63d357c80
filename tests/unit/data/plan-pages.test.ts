import { describe, expect, it } from "vitest";
import { getMeasureBySlug } from "@/lib/data/measures";
import { getPillarBySlug } from "@/lib/data/pillars";
import { getPlanOverview, listPageSlugs } from "@/lib/data/plan";
import { getSectorBySlug, listSectors } from "@/lib/data/sectors";
import { db } from "@/lib/db";

describe("the plan overview", () => {
  it("counts each pillar's measures and the measures tying each pillar to each sector", async () => {
    const overview = await getPlanOverview();
    expect(overview.pillars.map((pillar) => [pillar.id, pillar.measureCount])).toEqual([
      ["I", 15],
      ["II", 8],
      ["III", 7],
    ]);

    const links = await db.measureSector.findMany({
      select: { sectorId: true, measure: { select: { pillarId: true } } },
    });
    for (const pillar of overview.pillars) {
      for (const sector of overview.sectors) {
        const expected = links.filter(
          (link) => link.sectorId === sector.id && link.measure.pillarId === pillar.id,
        ).length;
        expect(overview.countFor(pillar.id, sector.id), `${pillar.id} × ${sector.id}`).toBe(expected);
      }
    }
    expect(overview.countFor("II", "power")).toBeGreaterThan(0);
  });

  it("lists the four key policies with their measures in the plan's order", async () => {
    const { keyPolicies } = await getPlanOverview();
    expect(keyPolicies.map((policy) => policy.measures.map((measure) => measure.id))).toEqual([
      ["III-1"],
      ["II-1", "II-5"],
      ["I-1"],
      ["I-2"],
    ]);
  });

  it("names every page slug once", async () => {
    const slugs = await listPageSlugs();
    expect([slugs.pillars.length, slugs.measures.length, slugs.sectors.length]).toEqual([3, 30, 7]);
  });
});

describe("pillar, measure and sector pages", () => {
  it("a pillar lists its measures in order with their sector chips", async () => {
    const pillar = await getPillarBySlug("build-american-ai-infrastructure");
    expect(pillar?.measures.map((measure) => measure.id)).toEqual([
      "II-1",
      "II-2",
      "II-3",
      "II-4",
      "II-5",
      "II-6",
      "II-7",
      "II-8",
    ]);
    expect(pillar?.measures.find((measure) => measure.id === "II-2")?.sectors.map((sector) => sector.id)).toContain(
      "power",
    );
  });

  it("a measure carries its pillar, sectors with rationale, key policies, sources and neighbours", async () => {
    const first = await db.measure.findUniqueOrThrow({ where: { id: "II-1" }, select: { slug: true } });
    const measure = await getMeasureBySlug(first.slug);
    expect(measure?.pillar.id).toBe("II");
    expect(measure?.sectors.every((link) => link.rationaleEn.length > 0 && link.rationaleKo.length > 0)).toBe(true);
    expect(measure?.keyPolicies.map((policy) => policy.id)).toEqual(["data-center-buildout"]);
    // The plan first, then what the measure cites (EO 14318 and the laws its actions' footnotes name), the brief last.
    const sources = measure?.sources.map((source) => source.identifier ?? source.kind) ?? [];
    expect([sources[0], sources.at(-1)]).toEqual(["plan", "brief"]);
    expect(sources).toContain("EO 14318");
    expect(measure?.previous?.id).toBe("I-15");
    expect(measure?.next?.id).toBe("II-2");
  });

  it("the first and last measures have one neighbour each", async () => {
    const [first, last] = await Promise.all([
      db.measure.findUniqueOrThrow({ where: { id: "I-1" }, select: { slug: true } }),
      db.measure.findUniqueOrThrow({ where: { id: "III-7" }, select: { slug: true } }),
    ]);
    const [a, b] = await Promise.all([getMeasureBySlug(first.slug), getMeasureBySlug(last.slug)]);
    expect([a?.previous, a?.next?.id]).toEqual([null, "I-2"]);
    expect([b?.previous?.id, b?.next]).toEqual(["III-6", null]);
  });

  it("a sector groups its measures by pillar, and the index counts them", async () => {
    const sector = await getSectorBySlug("basic-science");
    expect(sector?.byPillar[0].pillar.id).toBe("I");
    const ids = sector?.byPillar.flatMap((group) => group.measures.map((link) => link.measure.id));
    expect(ids).toEqual(expect.arrayContaining(["I-7", "I-8"]));
    const index = await listSectors();
    expect(index.find((row) => row.id === "basic-science")?.measureCount).toBe(ids?.length);
  });

  it("unknown slugs give null, which the pages turn into a 404", async () => {
    expect(await getPillarBySlug("nope")).toBeNull();
    expect(await getMeasureBySlug("nope")).toBeNull();
    expect(await getSectorBySlug("nope")).toBeNull();
  });
});
