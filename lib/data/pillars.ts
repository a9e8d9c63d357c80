import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { keyPolicyBadge, pillarCard, sectorChip } from "./selections";

/**
 * A pillar with its measures in order, each with the sectors it benefits.
 * Cached per request (React cache): the page and its metadata share one read.
 */
export const getPillarBySlug = cache(async function getPillarBySlug(slug: string) {
  const pillar = await db.pillar.findUnique({
    where: { slug },
    select: {
      ...pillarCard,
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
          keyPolicies: { select: { keyPolicy: { select: keyPolicyBadge } }, orderBy: { keyPolicy: { number: "asc" } } },
        },
      },
    },
  });
  if (!pillar) return null;
  return {
    ...pillar,
    measures: pillar.measures.map(({ sectors, keyPolicies, ...measure }) => ({
      ...measure,
      sectors: sectors.map((link) => link.sector),
      keyPolicies: keyPolicies.map((link) => link.keyPolicy),
    })),
  };
});

export type PillarDetail = NonNullable<Awaited<ReturnType<typeof getPillarBySlug>>>;
export type MeasureSummary = PillarDetail["measures"][number];
