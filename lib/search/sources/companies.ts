import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { type PillarColumns, pillarOf, sectorsOf } from "./sql";
import type { HitDetail, SearchSource } from "./types";

type CompanyRow = PillarColumns & {
  id: string;
  nameKo: string;
  nameEn: string;
  ticker: string;
  market: string;
  rationale: string;
  sectorId: string;
  sector: string;
};

/**
 * A company is shown on its sector's page. Visibility was applied by the search query itself
 * (search_document carries the company's visibility and author), so this only describes hits.
 * Its pillar is that of its first exposed measure, if any.
 */
export const companySource: SearchSource = {
  type: "company",
  watchedTables: ["Company"],
  async loadHits(ids: string[], locale: Locale) {
    const rows = await db.$queryRaw<CompanyRow[]>`
      SELECT c.id AS id, c.nameKo AS nameKo, c.nameEn AS nameEn, c.ticker AS ticker, c.market AS market,
             c.rationale AS rationale, c.sectorId AS sectorId,
             json_array(json_object('id', s.id, 'nameEn', s.nameEn, 'nameKo', s.nameKo, 'horizon', s.horizon)) AS sector,
             p.id AS pillarId, p.number AS pillarNumber, p.titleEn AS pillarTitleEn, p.titleKo AS pillarTitleKo
      FROM Company c
      JOIN Sector s ON s.id = c.sectorId
      LEFT JOIN Measure m ON m.id = (SELECT min(measureId) FROM CompanyMeasure WHERE companyId = c.id)
      LEFT JOIN Pillar p ON p.id = m.pillarId
      WHERE c.id IN (${Prisma.join(ids)}) AND c.deletedAt IS NULL`;
    return new Map(
      rows.map((row): [string, HitDetail] => {
        const [first, second] = locale === "ko" ? [row.nameKo, row.nameEn] : [row.nameEn, row.nameKo];
        return [
          row.id,
          {
            id: row.id,
            href: `/sectors/${row.sectorId}#company-${row.id}`,
            slug: row.ticker,
            title: `${first} (${second}) · ${row.market} ${row.ticker}`,
            texts: [row.rationale, `${row.nameKo} ${row.nameEn} ${row.ticker}`],
            pillar: pillarOf(row),
            sectors: sectorsOf(row.sector),
          },
        ];
      }),
    );
  },
};
