import { getApiEvents } from "@/lib/data/public-api";
import { cachedJson } from "@/lib/http/cache";
import { withErrorHandling } from "@/lib/http/responses";
import { eventFiltersSchema } from "@/lib/validations/timeline";
import { refuseOtherMethods } from "@/lib/http/methods";

/** GET /api/events?pillar=&sector=&measure=&type=&from=&to= — timeline events, newest first. */
export async function GET(request: Request) {
  return withErrorHandling(async () => {
    const filters = eventFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return cachedJson(request, { data: await getApiEvents(filters) });
  });
}

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
