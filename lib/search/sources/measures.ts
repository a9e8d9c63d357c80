import "server-only";
import { db } from "@/lib/db";
import { measureLink, pillarLink, sectorChip } from "@/lib/data/selections";
import { localized } from "@/lib/i18n/localized";
import type { HitDetail, SearchSource } from "./types";

export const measureSource: SearchSource = {
  type: "measure",
  watchedTables: ["Measure", "MeasureSector", "Sector"],
  async loadHits(ids, locale) {
    const rows = await db.measure.findMany({
      where: { id: { in: ids } },
      select: {
        ...measureLink,
        summaryEn: true,
        summaryKo: true,
        pillar: { select: pillarLink },
        sectors: { orderBy: { sector: { position: "asc" } }, select: { sector: { select: sectorChip } } },
      },
    });
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
          pillar: row.pillar,
          sectors: row.sectors.map((link) => link.sector),
        },
      ]),
    );
  },
};
