import { getApiAgency } from "@/lib/data/public-api-actions";
import { cachedJson } from "@/lib/http/cache";
import { refuseOtherMethods } from "@/lib/http/methods";
import { withErrorHandling } from "@/lib/http/responses";
import { agencyIdField } from "@/lib/validations/fields";

type Context = { params: Promise<{ id: string }> };

/** GET /api/agencies/{id} — one agency, the actions it leads and supports, with status counts. */
export async function GET(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const id = agencyIdField.parse((await params).id);
    return cachedJson(request, { data: await getApiAgency(id) });
  });
}

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
