import { getApiMeasures } from "@/lib/data/public-api";
import { cachedJson } from "@/lib/http/cache";
import { refuseOtherMethods } from "@/lib/http/methods";
import { withErrorHandling } from "@/lib/http/responses";
import { measureFiltersSchema } from "@/lib/validations/api";

/** GET /api/measures?pillar=&sector=&status= — measures with their current status; bad filters are a 422. */
export async function GET(request: Request) {
  return withErrorHandling(async () => {
    const filters = measureFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
    return cachedJson(request, { data: await getApiMeasures(filters) });
  });
}

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
