import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { localized } from "@/lib/i18n/localized";
import { type PillarColumns, pillarColumns, pillarOf, sectorsOf, sectorsOfMeasure } from "./sql";
import type { HitDetail, SearchSource } from "./types";

type ActionRow = PillarColumns & {
  id: string;
  titleEn: string;
  titleKo: string;
  summaryEn: string;
  summaryKo: string;
  sectors: string | null;
};

/** A recommended action opens its own page; its pillar and sectors are its measure's. */
export const actionSource: SearchSource = {
  type: "action",
  watchedTables: ["Action", "ActionAgency", "Agency"],
  async loadHits(ids, locale) {
    const rows = await db.$queryRaw<ActionRow[]>`
      SELECT a.id AS id, a.titleEn AS titleEn, a.titleKo AS titleKo, a.summaryEn AS summaryEn, a.summaryKo AS summaryKo,
             ${pillarColumns}, ${sectorsOfMeasure(Prisma.sql`a.measureId`)} AS sectors
      FROM Action a JOIN Measure m ON m.id = a.measureId JOIN Pillar p ON p.id = m.pillarId
      WHERE a.id IN (${Prisma.join(ids)})`;
    const other = locale === "ko" ? "en" : "ko";
    return new Map(
      rows.map((row): [string, HitDetail] => [
        row.id,
        {
          id: row.id,
          href: `/actions/${row.id}`,
          slug: row.id,
          title: `${row.id} ${localized(row, "title", locale)}`,
          texts: [localized(row, "summary", locale), localized(row, "summary", other), localized(row, "title", other)],
          pillar: pillarOf(row),
          sectors: sectorsOf(row.sectors),
        },
      ]),
    );
  },
};
