import { getApiActions } from "@/lib/data/public-api-actions";
import { cachedJson } from "@/lib/http/cache";
import { refuseOtherMethods } from "@/lib/http/methods";
import { withErrorHandling } from "@/lib/http/responses";
import { actionPageQuerySchema } from "@/lib/validations/tracker";

/**
 * GET /api/actions?pillar=&measure=&sector=&agency=&status=&verified=&noLead=1&limit=&cursor= —
 * the plan's recommended actions in plan order, `limit` (1–200, default 50) at a time, filtered
 * like the tracker table. `page.next` (and the `Link: rel="next"` header) is the following page.
 */
export async function GET(request: Request) {
  return withErrorHandling(async () => {
    const url = new URL(request.url);
    const query = actionPageQuerySchema.parse(Object.fromEntries(url.searchParams));
    const { data, next } = await getApiActions(query);
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
