import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { keyPolicyBadge, measureLink, pillarLink, sectorCard } from "./selections";

/** All sectors in the brief's order, with how many measures benefit each. */
export async function listSectors() {
  const sectors = await db.sector.findMany({
    orderBy: { position: "asc" },
    select: {
      ...sectorCard,
      _count: { select: { measures: true } },
    },
  });
  return sectors.map(({ _count, ...sector }) => ({ ...sector, measureCount: _count.measures }));
}

/**
 * A sector with the measures that benefit it, grouped by pillar in the plan's order.
 * Cached per request (React cache): the page and its metadata share one read.
 */
export const getSectorBySlug = cache(async function getSectorBySlug(slug: string) {
  const sector = await db.sector.findUnique({
    where: { id: slug },
    select: {
      ...sectorCard,
      measures: {
        orderBy: { measure: { sequence: "asc" } },
        select: {
          rationaleEn: true,
          rationaleKo: true,
          measure: {
            select: {
              ...measureLink,
              pillar: { select: pillarLink },
              keyPolicies: {
                select: { keyPolicy: { select: keyPolicyBadge } },
                orderBy: { keyPolicy: { number: "asc" } },
              },
            },
          },
        },
      },
    },
  });
  if (!sector) return null;

  const groups = new Map<
    string,
    { pillar: (typeof sector.measures)[number]["measure"]["pillar"]; measures: typeof sector.measures }
  >();
  for (const link of sector.measures) {
    const group = groups.get(link.measure.pillar.id) ?? { pillar: link.measure.pillar, measures: [] };
    group.measures.push(link);
    groups.set(link.measure.pillar.id, group);
  }
  const { measures, ...rest } = sector;
  return { ...rest, measureCount: measures.length, byPillar: [...groups.values()] };
});

export type SectorSummary = Awaited<ReturnType<typeof listSectors>>[number];
export type SectorDetail = NonNullable<Awaited<ReturnType<typeof getSectorBySlug>>>;
