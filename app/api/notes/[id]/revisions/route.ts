import { NextResponse } from "next/server";
import { listNoteRevisions } from "@/lib/data/notes";
import { requireApiViewer } from "@/lib/http/api-viewer";
import { PRIVATE_CACHE_CONTROL } from "@/lib/http/cache";
import { refuseOtherMethods } from "@/lib/http/methods";
import { withErrorHandling } from "@/lib/http/responses";

type Context = { params: Promise<{ id: string }> };

export function GET(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const viewer = await requireApiViewer(request);
    const { revisions, hidden } = await listNoteRevisions(viewer, (await params).id);
    return NextResponse.json(
      {
        revisions: revisions.map((revision) => ({ ...revision, createdAt: revision.createdAt.toISOString() })),
        // Drafts from before the note was shared: only its author and admins see them.
        hiddenRevisions: hidden,
      },
      { headers: { "Cache-Control": PRIVATE_CACHE_CONTROL } },
    );
  });
}

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
