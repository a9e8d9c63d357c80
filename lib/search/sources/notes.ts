import "server-only";
import { db } from "@/lib/db";
import { pillarLink, sectorChip } from "@/lib/data/selections";
import type { HitDetail, SearchSource } from "./types";

/** A note has no title of its own: its first line stands in, cut to a readable length. */
function titleOf(body: string): string {
  const firstLine = body.replace(/^[\s#>*-]+/, "").split("\n")[0].trim();
  return firstLine.length > 80 ? `${firstLine.slice(0, 79)}…` : firstLine;
}

export const noteSource: SearchSource = {
  type: "note",
  watchedTables: ["Note"],
  async loadHits(ids) {
    const rows = await db.note.findMany({
      where: { id: { in: ids }, deletedAt: null },
      select: {
        id: true,
        body: true,
        measure: {
          select: {
            slug: true,
            pillar: { select: pillarLink },
            sectors: { orderBy: { sector: { position: "asc" } }, select: { sector: { select: sectorChip } } },
          },
        },
        sector: { select: sectorChip },
      },
    });
    return new Map(
      rows.map((row): [string, HitDetail] => {
        const sectors = row.sector ? [row.sector] : (row.measure?.sectors.map((link) => link.sector) ?? []);
        // Notes are shown on their measure's (or sector's) page.
        const page = row.measure ? `/measures/${row.measure.slug}` : row.sector ? `/sectors/${row.sector.id}` : "/";
        return [
          row.id,
          {
            id: row.id,
            href: `${page}#note-${row.id}`,
            slug: row.measure?.slug ?? row.sector?.id ?? "",
            title: titleOf(row.body),
            texts: [row.body],
            pillar: row.measure?.pillar ?? null,
            sectors,
          },
        ];
      }),
    );
  },
};
