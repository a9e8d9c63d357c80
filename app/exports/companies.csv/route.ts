import { companiesExport } from "@/lib/exports/companies";
import { withErrorHandling } from "@/lib/http/responses";

/** GET /exports/companies.csv — the companies the signed-in caller may read; 401 when signed out. */
export async function GET(request: Request) {
  return withErrorHandling(() => companiesExport(request));
}
