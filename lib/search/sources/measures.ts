import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { localized } from "@/lib/i18n/localized";
import { type PillarColumns, pillarColumns, pillarOf, sectorsOf, sectorsOfMeasure } from "./sql";
import type { HitDetail, SearchSource } from "./types";

type MeasureRow = PillarColumns & {
  id: string;
  slug: string;
  titleEn: string;
  titleKo: string;
  summaryEn: string;
  summaryKo: string;
  sectors: string | null;
};

export const measureSource: SearchSource = {
  type: "measure",
  watchedTables: ["Measure", "MeasureSector", "Sector"],
  async loadHits(ids, locale) {
    const rows = await db.$queryRaw<MeasureRow[]>`
      SELECT m.id AS id, m.slug AS slug, m.titleEn AS titleEn, m.titleKo AS titleKo,
             m.summaryEn AS summaryEn, m.summaryKo AS summaryKo, ${pillarColumns},
             ${sectorsOfMeasure(Prisma.sql`m.id`)} AS sectors
      FROM Measure m JOIN Pillar p ON p.id = m.pillarId
      WHERE m.id IN (${Prisma.join(ids)})`;
    const other = locale === "ko" ? "en" : "ko";
    return new Map(
      rows.map((row): [string, HitDetail] => [
        row.id,
        {
          id: row.id,
          href: `/measures/${row.slug}`,
          slug: row.slug,
          title: `${row.id} ${localized(row, "title", locale)}`,
          texts: [localized(row, "summary", locale), localized(row, "summary", other), localized(row, "title", other)],
          pillar: pillarOf(row),
          sectors: sectorsOf(row.sectors),
        },
      ]),
    );
  },
};
