import "server-only";
import { db } from "@/lib/db";

/** A new visit starts when "What's new" was last opened longer ago than this. */
const VISIT_GAP_MS = 30 * 60 * 1000;

/**
 * Records that a user opened "What's new" and returns the time of their previous visit (null on
 * the first): items after it are marked new. Reloads within half an hour count as one visit, so
 * the marks do not vanish on the first refresh.
 */
export async function recordWhatsNewVisit(userId: string, now = new Date()): Promise<Date | null> {
  const visit = await db.whatsNewVisit.findUnique({
    where: { userId },
    select: { previousSeenAt: true, lastSeenAt: true },
  });
  if (!visit) {
    await db.whatsNewVisit.create({ data: { userId, lastSeenAt: now } });
    return null;
  }
  if (now.getTime() - visit.lastSeenAt.getTime() < VISIT_GAP_MS) {
    await db.whatsNewVisit.update({ where: { userId }, data: { lastSeenAt: now } });
    return visit.previousSeenAt;
  }
  await db.whatsNewVisit.update({ where: { userId }, data: { previousSeenAt: visit.lastSeenAt, lastSeenAt: now } });
  return visit.lastSeenAt;
}
