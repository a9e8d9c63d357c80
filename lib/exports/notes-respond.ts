import "server-only";
import { authenticateRequest } from "@/lib/auth/session";
import { listNotesForExport } from "@/lib/data/note-export";
import { UnauthorizedError } from "@/lib/errors";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache";
import { notesToJson, notesToMarkdown } from "./notes";

/** The signed-in analyst's own notes (cookie or Bearer token); private, so never cached. */
export async function notesExport(request: Request, format: "md" | "json") {
  const viewer = await authenticateRequest(request);
  if (!viewer) throw new UnauthorizedError();
  const notes = await listNotesForExport(viewer.id);
  const date = new Date().toISOString().slice(0, 10);
  const body = format === "md" ? notesToMarkdown(notes, viewer.name) : JSON.stringify(notesToJson(notes), null, 2);
  return new Response(body, {
    headers: {
      "Content-Type": format === "md" ? "text/markdown; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="my-notes-${date}.${format}"`,
      "Cache-Control": PRIVATE_CACHE_CONTROL,
    },
  });
}
