import "server-only";
import { db } from "@/lib/db";

/** What a Korean export writes in place of ids: pillar numbers and sector names. Two small queries. */
export async function listExportVocabulary() {
  const [pillars, sectors] = await Promise.all([
    db.pillar.findMany({ select: { id: true, number: true } }),
    db.sector.findMany({ select: { id: true, nameKo: true } }),
  ]);
  return {
    pillarNumber: new Map(pillars.map((pillar) => [pillar.id, pillar.number])),
    sectorName: new Map(sectors.map((sector) => [sector.id, sector.nameKo])),
  };
}
