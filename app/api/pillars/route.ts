import { getApiPillars } from "@/lib/data/public-api";
import { cachedJson } from "@/lib/http/cache";
import { refuseOtherMethods } from "@/lib/http/methods";
import { withErrorHandling } from "@/lib/http/responses";

/** GET /api/pillars — the three pillars with how many measures are in each status. */
export async function GET(request: Request) {
  return withErrorHandling(async () => cachedJson(request, { data: await getApiPillars() }));
}

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
