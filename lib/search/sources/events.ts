import "server-only";
import { db } from "@/lib/db";
import { pillarLink, sectorChip } from "@/lib/data/selections";
import type { HitDetail, SearchSource } from "./types";

export const eventSource: SearchSource = {
  type: "event",
  watchedTables: ["Event"],
  async loadHits(ids, locale) {
    const rows = await db.event.findMany({
      where: { id: { in: ids } },
      select: {
        id: true,
        type: true,
        occurredOn: true,
        titleEn: true,
        titleKo: true,
        summaryEn: true,
        summaryKo: true,
        measures: {
          orderBy: { measure: { sequence: "asc" } },
          select: {
            measure: {
              select: {
                slug: true,
                pillar: { select: pillarLink },
                sectors: { orderBy: { sector: { position: "asc" } }, select: { sector: { select: sectorChip } } },
              },
            },
          },
        },
      },
    });
    return new Map(
      rows.map((row): [string, HitDetail] => {
        const [first, second] = locale === "ko" ? ["Ko", "En"] as const : ["En", "Ko"] as const;
        const title = row[`title${first}`] ?? row[`title${second}`] ?? row.type;
        const measure = row.measures[0]?.measure;
        const sectors = new Map(row.measures.flatMap((link) => link.measure.sectors.map((s) => [s.sector.id, s.sector] as const)));
        return [
          row.id,
          {
            id: row.id,
            // Events are shown on the timeline of the first measure they concern.
            href: measure ? `/measures/${measure.slug}#event-${row.id}` : "/",
            slug: measure?.slug ?? "",
            title: `${row.occurredOn} ${title}`,
            texts: [row[`summary${first}`] ?? "", row[`summary${second}`] ?? "", row[`title${second}`] ?? ""],
            pillar: measure?.pillar ?? null,
            sectors: [...sectors.values()],
          },
        ];
      }),
    );
  },
};
