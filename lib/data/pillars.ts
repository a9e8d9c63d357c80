import "server-only";
import { db } from "@/lib/db";
import { sectorChip } from "./selections";

/** A pillar with its measures in order, each with the sectors it benefits. */
export async function getPillarBySlug(slug: string) {
  const pillar = await db.pillar.findUnique({
    where: { slug },
    select: {
      id: true,
      number: true,
      slug: true,
      titleEn: true,
      titleKo: true,
      summaryEn: true,
      summaryKo: true,
      measures: {
        orderBy: { position: "asc" },
        select: {
          id: true,
          slug: true,
          titleEn: true,
          titleKo: true,
          summaryEn: true,
          summaryKo: true,
          sectors: { select: { sector: { select: sectorChip } }, orderBy: { sector: { position: "asc" } } },
        },
      },
    },
  });
  if (!pillar) return null;
  return {
    ...pillar,
    measures: pillar.measures.map(({ sectors, ...measure }) => ({
      ...measure,
      sectors: sectors.map((link) => link.sector),
    })),
  };
}

export type PillarDetail = NonNullable<Awaited<ReturnType<typeof getPillarBySlug>>>;
export type MeasureSummary = PillarDetail["measures"][number];
