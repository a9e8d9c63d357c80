import { briefsFeedResponse } from "@/lib/feeds/briefs";
import { withErrorHandling } from "@/lib/http/responses";

/** GET /feeds/briefs.xml[?lang=en][&key=fk_…] — Atom feed of the weekly briefs, one entry a week. */
export async function GET(request: Request) {
  return withErrorHandling(() => briefsFeedResponse(request));
}
