import { eventsExport } from "@/lib/exports/respond";
import { withErrorHandling } from "@/lib/http/responses";

/** GET /exports/events.json — timeline events (accepts the timeline's filters). */
export async function GET(request: Request) {
  return withErrorHandling(() => eventsExport(request, "json"));
}
