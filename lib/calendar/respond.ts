import "server-only";
import { type DeadlineScope, listDeadlines } from "@/lib/data/deadlines";
import { todayIso } from "@/lib/deadlines/state";
import { siteOrigin } from "@/lib/feeds/respond";
import { cachedResponse } from "@/lib/http/cache";
import { buildDeadlineCalendar } from "./deadlines-ics";

/**
 * An iCalendar response for the deadlines in `scope`, as of today. DTSTAMP is today's midnight
 * (UTC), so the file, and its ETag, change at most once a day or when a deadline does.
 */
export async function deadlineCalendarResponse(request: Request, name: string, scope: DeadlineScope = {}) {
  const today = todayIso();
  const deadlines = await listDeadlines(scope, today);
  const body = buildDeadlineCalendar({
    name,
    origin: siteOrigin(request),
    deadlines,
    now: new Date(`${today}T00:00:00Z`),
  });
  return cachedResponse(request, body, "text/calendar; charset=utf-8");
}
