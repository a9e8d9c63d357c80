import { actionsExport } from "@/lib/exports/actions";
import { withErrorHandling } from "@/lib/http/responses";

/** GET /exports/actions.json — every recommended action (or the tracker's filtered view) with agencies, status and last event. */
export async function GET(request: Request) {
  return withErrorHandling(() => actionsExport(request, "json"));
}
