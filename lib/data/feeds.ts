import "server-only";
import { db } from "@/lib/db";

/** The measure a feed URL names, with what the feed's title shows. */
export function getMeasureFeedTarget(slug: string) {
  return db.measure.findUnique({ where: { slug }, select: { id: true, slug: true, titleEn: true, titleKo: true } });
}

export function getSectorFeedTarget(id: string) {
  return db.sector.findUnique({ where: { id }, select: { id: true, nameEn: true, nameKo: true } });
}
