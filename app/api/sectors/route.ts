import { getApiSectors } from "@/lib/data/public-api";
import { cachedJson } from "@/lib/http/cache";
import { refuseOtherMethods } from "@/lib/http/methods";
import { withErrorHandling } from "@/lib/http/responses";

/** GET /api/sectors — the seven sectors and the measures that benefit each. */
export async function GET(request: Request) {
  return withErrorHandling(async () => cachedJson(request, { data: await getApiSectors() }));
}

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
