import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { type PillarColumns, pillarColumns, pillarOf, sectorsOf } from "./sql";
import type { HitDetail, SearchSource } from "./types";

type EventRow = PillarColumns & {
  id: string;
  type: string;
  occurredOn: string;
  titleEn: string | null;
  titleKo: string | null;
  summaryEn: string | null;
  summaryKo: string | null;
  measureSlug: string | null;
  sectors: string | null;
};

export const eventSource: SearchSource = {
  type: "event",
  watchedTables: ["Event"],
  async loadHits(ids, locale) {
    // The first measure (in plan order) gives the link and pillar; sectors are all its measures'.
    const rows = await db.$queryRaw<EventRow[]>`
      SELECT e.id AS id, e.type AS type, e.occurredOn AS occurredOn, e.titleEn AS titleEn, e.titleKo AS titleKo,
             e.summaryEn AS summaryEn, e.summaryKo AS summaryKo, m.slug AS measureSlug, ${pillarColumns},
             (SELECT json_group_array(json_object('id', sc.id, 'nameEn', sc.nameEn, 'nameKo', sc.nameKo, 'horizon', sc.horizon) ORDER BY sc.position)
                FROM Sector sc WHERE sc.id IN (SELECT ms.sectorId FROM EventMeasure em JOIN MeasureSector ms ON ms.measureId = em.measureId
                                               WHERE em.eventId = e.id)) AS sectors
      FROM Event e
      LEFT JOIN Measure m ON m.id = (SELECT em.measureId FROM EventMeasure em JOIN Measure mm ON mm.id = em.measureId
                                     WHERE em.eventId = e.id ORDER BY mm.sequence LIMIT 1)
      LEFT JOIN Pillar p ON p.id = m.pillarId
      WHERE e.id IN (${Prisma.join(ids)})`;
    return new Map(
      rows.map((row): [string, HitDetail] => {
        const [first, second] = locale === "ko" ? (["Ko", "En"] as const) : (["En", "Ko"] as const);
        const title = row[`title${first}`] ?? row[`title${second}`] ?? row.type;
        return [
          row.id,
          {
            id: row.id,
            // Events are shown on the timeline of the first measure they concern.
            href: row.measureSlug ? `/measures/${row.measureSlug}#event-${row.id}` : "/",
            slug: row.measureSlug ?? "",
            title: `${row.occurredOn} ${title}`,
            texts: [row[`summary${first}`] ?? "", row[`summary${second}`] ?? "", row[`title${second}`] ?? ""],
            pillar: pillarOf(row),
            sectors: sectorsOf(row.sectors),
          },
        ];
      }),
    );
  },
};
