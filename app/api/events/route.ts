import { getApiEvents } from "@/lib/data/public-api";
import { cachedJson } from "@/lib/http/cache";
import { refuseOtherMethods } from "@/lib/http/methods";
import { withErrorHandling } from "@/lib/http/responses";
import { eventPageQuerySchema } from "@/lib/validations/timeline";

/**
 * GET /api/events?pillar=&sector=&measure=&type=&from=&to=&limit=&cursor= — timeline events,
 * newest first, `limit` (1–200, default 50) at a time. `page.next` (and the `Link: rel="next"`
 * header) is the cursor of the following page, null on the last one.
 */
export async function GET(request: Request) {
  return withErrorHandling(async () => {
    const url = new URL(request.url);
    const query = eventPageQuerySchema.parse(Object.fromEntries(url.searchParams));
    const { data, next } = await getApiEvents(query);
    const headers: HeadersInit = {};
    if (next) {
      const nextUrl = new URLSearchParams(url.searchParams);
      nextUrl.set("cursor", next);
      headers.Link = `<${url.pathname}?${nextUrl}>; rel="next"`;
    }
    return cachedJson(request, { data, page: { next, limit: query.limit } }, headers);
  });
}

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
