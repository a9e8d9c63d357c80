import { getApiAgencies } from "@/lib/data/public-api-actions";
import { cachedJson } from "@/lib/http/cache";
import { refuseOtherMethods } from "@/lib/http/methods";
import { withErrorHandling } from "@/lib/http/responses";

/** GET /api/agencies — every agency the actions name, with its parent and how many actions it leads and supports. */
export async function GET(request: Request) {
  return withErrorHandling(async () => cachedJson(request, { data: await getApiAgencies() }));
}

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
