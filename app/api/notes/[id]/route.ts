import { NextResponse } from "next/server";
import { deleteNote, getNote, updateNote } from "@/lib/data/notes";
import { requireApiViewer } from "@/lib/http/api-viewer";
import { refuseOtherMethods } from "@/lib/http/methods";
import { readJsonBody, withErrorHandling } from "@/lib/http/responses";
import { noteToJson } from "@/lib/notes/note-json";
import { noteUpdateSchema } from "@/lib/validations/notes";

type Context = { params: Promise<{ id: string }> };

const MAX_BODY_BYTES = 128 * 1024;

export function GET(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const viewer = await requireApiViewer(request);
    return NextResponse.json({ note: noteToJson(await getNote(viewer, (await params).id)) });
  });
}

export function PATCH(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const viewer = await requireApiViewer(request);
    const { id } = await params;
    await getNote(viewer, id); // 404 / 403 before a 422 about the body
    const update = noteUpdateSchema.parse(await readJsonBody(request, MAX_BODY_BYTES));
    return NextResponse.json({ note: noteToJson(await updateNote(viewer, id, update)) });
  });
}

export function DELETE(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const viewer = await requireApiViewer(request);
    await deleteNote(viewer, (await params).id);
    return new Response(null, { status: 204 });
  });
}

export const { POST, PUT } = refuseOtherMethods("GET", "PATCH", "DELETE");
