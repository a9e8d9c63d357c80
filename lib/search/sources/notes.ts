import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { markdownToPlainText } from "@/lib/notes/plain-text";
import { type PillarColumns, pillarColumns, pillarOf, sectorsOf, sectorsOfMeasure } from "./sql";
import type { HitDetail, SearchSource } from "./types";

type NoteRow = PillarColumns & {
  id: string;
  body: string;
  measureSlug: string | null;
  sectorId: string | null;
  sector: string | null;
  measureSectors: string | null;
};

/** A note has no title of its own: its first words stand in, cut to a readable length. */
function titleOf(text: string): string {
  return text.length > 80 ? `${text.slice(0, 79)}…` : text;
}

export const noteSource: SearchSource = {
  type: "note",
  watchedTables: ["Note"],
  async loadHits(ids) {
    const rows = await db.$queryRaw<NoteRow[]>`
      SELECT n.id AS id, n.body AS body, m.slug AS measureSlug, n.sectorId AS sectorId, ${pillarColumns},
             CASE WHEN s.id IS NULL THEN NULL
                  ELSE json_array(json_object('id', s.id, 'nameEn', s.nameEn, 'nameKo', s.nameKo, 'horizon', s.horizon)) END AS sector,
             ${sectorsOfMeasure(Prisma.sql`n.measureId`)} AS measureSectors
      FROM Note n
      LEFT JOIN Measure m ON m.id = n.measureId
      LEFT JOIN Pillar p ON p.id = m.pillarId
      LEFT JOIN Sector s ON s.id = n.sectorId
      WHERE n.id IN (${Prisma.join(ids)}) AND n.deletedAt IS NULL`;
    return new Map(
      rows.map((row): [string, HitDetail] => {
        // Snippets are cut from the note as a reader sees it, not from its Markdown syntax.
        const text = markdownToPlainText(row.body);
        // Notes are shown on their measure's (or sector's) page.
        const page = row.measureSlug ? `/measures/${row.measureSlug}` : row.sectorId ? `/sectors/${row.sectorId}` : "/";
        return [
          row.id,
          {
            id: row.id,
            href: `${page}#note-${row.id}`,
            slug: row.measureSlug ?? row.sectorId ?? "",
            title: titleOf(text),
            texts: [text],
            pillar: pillarOf(row),
            sectors: row.sector ? sectorsOf(row.sector) : sectorsOf(row.measureSectors),
          },
        ];
      }),
    );
  },
};
