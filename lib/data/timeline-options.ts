import "server-only";
import { db } from "@/lib/db";

/** What the timeline filters and the event form offer: pillars, sectors and measures, in order. */
export async function listTrackingOptions() {
  const [pillars, sectors, measures] = await Promise.all([
    db.pillar.findMany({
      orderBy: { number: "asc" },
      select: { id: true, number: true, titleEn: true, titleKo: true },
    }),
    db.sector.findMany({ orderBy: { position: "asc" }, select: { id: true, nameEn: true, nameKo: true } }),
    db.measure.findMany({ orderBy: { sequence: "asc" }, select: { id: true, titleEn: true, titleKo: true } }),
  ]);
  return { pillars, sectors, measures };
}

export type TrackingOptions = Awaited<ReturnType<typeof listTrackingOptions>>;
