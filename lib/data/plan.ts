import "server-only";
import { db } from "@/lib/db";
import { measureLink, pillarCard } from "./selections";

/** Everything the home page shows: pillars, key policies and the pillar × sector matrix. */
export async function getPlanOverview() {
  const [pillars, sectors, keyPolicies, links] = await Promise.all([
    db.pillar.findMany({
      orderBy: { number: "asc" },
      select: {
        ...pillarCard,
        _count: { select: { measures: true } },
      },
    }),
    db.sector.findMany({
      orderBy: { position: "asc" },
      select: { id: true, nameEn: true, nameKo: true, horizon: true },
    }),
    listKeyPolicies(),
    db.measureSector.findMany({ select: { sectorId: true, measureId: true, measure: { select: { pillarId: true } } } }),
  ]);

  const matrix = new Map<string, number>();
  const sectorTotals = new Map<string, number>();
  // A measure benefiting three sectors counts once in its pillar's total.
  const pillarMeasures = new Map<string, Set<string>>();
  for (const link of links) {
    const key = `${link.measure.pillarId}|${link.sectorId}`;
    matrix.set(key, (matrix.get(key) ?? 0) + 1);
    sectorTotals.set(link.sectorId, (sectorTotals.get(link.sectorId) ?? 0) + 1);
    const measures = pillarMeasures.get(link.measure.pillarId) ?? new Set<string>();
    pillarMeasures.set(link.measure.pillarId, measures.add(link.measureId));
  }
  return {
    pillars: pillars.map(({ _count, ...pillar }) => ({ ...pillar, measureCount: _count.measures })),
    sectors,
    keyPolicies,
    /** How many measures of a pillar benefit a sector. */
    countFor: (pillarId: string, sectorId: string) => matrix.get(`${pillarId}|${sectorId}`) ?? 0,
    /** How many of a pillar's measures benefit at least one sector. */
    pillarTotal: (pillarId: string) => pillarMeasures.get(pillarId)?.size ?? 0,
    /** How many measures (of any pillar) benefit a sector. */
    sectorTotal: (sectorId: string) => sectorTotals.get(sectorId) ?? 0,
  };
}

export async function listKeyPolicies() {
  const policies = await db.keyPolicy.findMany({
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      titleEn: true,
      titleKo: true,
      summaryEn: true,
      summaryKo: true,
      measures: { select: { measure: { select: { ...measureLink, sequence: true } } } },
    },
  });
  return policies.map(({ measures, ...policy }) => ({
    ...policy,
    measures: measures.map((link) => link.measure).sort((a, b) => a.sequence - b.sequence),
  }));
}

export type PlanOverview = Awaited<ReturnType<typeof getPlanOverview>>;
export type KeyPolicySummary = Awaited<ReturnType<typeof listKeyPolicies>>[number];

/** Every slug a page is served for, for the sitemap and static generation. */
export async function listPageSlugs() {
  const [pillars, measures, sectors, actions, agencies] = await Promise.all([
    db.pillar.findMany({ select: { slug: true }, orderBy: { number: "asc" } }),
    db.measure.findMany({ select: { slug: true }, orderBy: { sequence: "asc" } }),
    db.sector.findMany({ select: { id: true }, orderBy: { position: "asc" } }),
    db.action.findMany({ select: { id: true }, orderBy: { sequence: "asc" } }),
    db.agency.findMany({ select: { id: true }, orderBy: { id: "asc" } }),
  ]);
  return {
    pillars: pillars.map((row) => row.slug),
    measures: measures.map((row) => row.slug),
    sectors: sectors.map((row) => row.id),
    actions: actions.map((row) => row.id),
    agencies: agencies.map((row) => row.id),
  };
}
