import { getApiMeasure } from "@/lib/data/public-api";
import { cachedJson } from "@/lib/http/cache";
import { refuseOtherMethods } from "@/lib/http/methods";
import { withErrorHandling } from "@/lib/http/responses";

type Context = { params: Promise<{ slug: string }> };

/** GET /api/measures/{slug or id} — one measure, its full status history, its newest events and a link to the rest. */
export async function GET(request: Request, { params }: Context) {
  return withErrorHandling(async () => cachedJson(request, { data: await getApiMeasure((await params).slug) }));
}

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
