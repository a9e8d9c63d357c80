import { briefExport } from "@/lib/exports/brief";
import { withErrorHandling } from "@/lib/http/responses";

/** GET /exports/brief.pdf?from=&to=&lang= — the brief of a period as a PDF; 422 for a bad period. */
export async function GET(request: Request) {
  return withErrorHandling(() => briefExport(request, "pdf"));
}
