import { notesExport } from "@/lib/exports/notes-respond";
import { withErrorHandling } from "@/lib/http/responses";

/** GET /exports/notes.md — the signed-in analyst's own notes; 401 when signed out. */
export async function GET(request: Request) {
  return withErrorHandling(() => notesExport(request, "md"));
}
