import "server-only";
import { cache } from "react";
import { db } from "@/lib/db";
import { measureLink, pillarLink, sectorChip } from "./selections";

/**
 * A measure with everything its page shows, and the measures before and after it.
 * Cached per request (React cache): the page and its metadata share one read.
 */
export const getMeasureBySlug = cache(async function getMeasureBySlug(slug: string) {
  const measure = await db.measure.findUnique({
    where: { slug },
    select: {
      ...measureLink,
      sequence: true,
      position: true,
      briefItem: true,
      summaryEn: true,
      summaryKo: true,
      pillar: { select: pillarLink },
      sectors: {
        orderBy: { sector: { position: "asc" } },
        select: { rationaleEn: true, rationaleKo: true, sector: { select: sectorChip } },
      },
      keyPolicies: {
        orderBy: { keyPolicy: { number: "asc" } },
        select: {
          keyPolicy: {
            select: { id: true, number: true, titleEn: true, titleKo: true, summaryEn: true, summaryKo: true },
          },
        },
      },
      sources: {
        select: {
          source: {
            select: {
              id: true,
              kind: true,
              identifier: true,
              titleEn: true,
              titleKo: true,
              publisher: true,
              publisherKo: true,
              publishedOn: true,
              url: true,
            },
          },
        },
      },
    },
  });
  if (!measure) return null;

  const [neighbours, planWide] = await Promise.all([
    db.measure.findMany({
      where: { sequence: { in: [measure.sequence - 1, measure.sequence + 1] } },
      select: { ...measureLink, sequence: true },
    }),
    // The plan and the brief cover every measure, so they are not linked one by one.
    db.sourceDocument.findMany({
      where: { kind: { in: ["plan", "brief"] } },
      select: {
        id: true,
        kind: true,
        identifier: true,
        titleEn: true,
        titleKo: true,
        publisher: true,
        publisherKo: true,
        publishedOn: true,
        url: true,
      },
    }),
  ]);
  const linkedSources = measure.sources.map((link) => link.source);
  return {
    ...measure,
    keyPolicies: measure.keyPolicies.map((link) => link.keyPolicy),
    sources: [
      ...planWide.filter((doc) => doc.kind === "plan"),
      ...linkedSources,
      ...planWide.filter((doc) => doc.kind === "brief"),
    ],
    previous: neighbours.find((row) => row.sequence === measure.sequence - 1) ?? null,
    next: neighbours.find((row) => row.sequence === measure.sequence + 1) ?? null,
  };
});

export type MeasureDetail = NonNullable<Awaited<ReturnType<typeof getMeasureBySlug>>>;
