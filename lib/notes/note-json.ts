import type { NoteView } from "@/lib/data/notes";

/** A note as the JSON API shows it. */
export function noteToJson(note: NoteView) {
  return {
    id: note.id,
    body: note.body,
    visibility: note.visibility,
    author: note.author,
    measure: note.measure?.slug ?? null,
    sector: note.sector?.id ?? null,
    revisions: note._count.revisions,
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
    deletedAt: note.deletedAt?.toISOString() ?? null,
  };
}
