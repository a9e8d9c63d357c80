import { NextResponse } from "next/server";
import { listNoteRevisions } from "@/lib/data/notes";
import { requireApiViewer } from "@/lib/http/api-viewer";
import { refuseOtherMethods } from "@/lib/http/methods";
import { withErrorHandling } from "@/lib/http/responses";

type Context = { params: Promise<{ id: string }> };

export function GET(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const viewer = await requireApiViewer(request);
    const revisions = await listNoteRevisions(viewer, (await params).id);
    return NextResponse.json({
      revisions: revisions.map((revision) => ({ ...revision, createdAt: revision.createdAt.toISOString() })),
    });
  });
}

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
