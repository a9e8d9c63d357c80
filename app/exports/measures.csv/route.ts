import { measuresExport } from "@/lib/exports/respond";
import { withErrorHandling } from "@/lib/http/responses";

/** GET /exports/measures.csv — every measure with pillar, sectors, status and last event. */
export async function GET(request: Request) {
  return withErrorHandling(() => measuresExport(request, "csv"));
}
