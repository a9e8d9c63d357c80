import { NextResponse } from "next/server";
import { createNote, getMeasureIdBySlug, listNotesFor } from "@/lib/data/notes";
import { requireApiViewer } from "@/lib/http/api-viewer";
import { refuseOtherMethods } from "@/lib/http/methods";
import { readJsonBody, withErrorHandling } from "@/lib/http/responses";
import { noteToJson } from "@/lib/notes/note-json";
import { noteInputSchema } from "@/lib/validations/notes";

type Context = { params: Promise<{ slug: string }> };

// Room for a 20,000-character note in multi-byte UTF-8 plus JSON escaping.
const MAX_BODY_BYTES = 128 * 1024;

export function GET(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const viewer = await requireApiViewer(request);
    const measureId = await getMeasureIdBySlug((await params).slug);
    const { notes } = await listNotesFor(viewer, { measureId });
    return NextResponse.json({ notes: notes.map(noteToJson) });
  });
}

export function POST(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const viewer = await requireApiViewer(request);
    const measureId = await getMeasureIdBySlug((await params).slug);
    const input = noteInputSchema.parse(await readJsonBody(request, MAX_BODY_BYTES));
    const note = await createNote(viewer, { measureId }, input);
    return NextResponse.json({ note: noteToJson(note) }, { status: 201 });
  });
}

export const { PUT, PATCH, DELETE } = refuseOtherMethods("GET", "POST");
