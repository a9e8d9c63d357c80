import { getApiAction } from "@/lib/data/public-api-actions";
import { cachedJson } from "@/lib/http/cache";
import { refuseOtherMethods } from "@/lib/http/methods";
import { withErrorHandling } from "@/lib/http/responses";
import { actionIdParamSchema } from "@/lib/validations/tracker";

type Context = { params: Promise<{ id: string }> };

/** GET /api/actions/{id} ("I-1.1", or "i-1.1") — one action, its agencies, sources, status history and events. */
export async function GET(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const id = actionIdParamSchema.parse(decodeURIComponent((await params).id));
    return cachedJson(request, { data: await getApiAction(id) });
  });
}

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
