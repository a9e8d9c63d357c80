/** An analyst's notes as Markdown (readable, re-importable by hand) or JSON. */
import type { ExportedNote } from "@/lib/data/note-export";

export function notesToJson(notes: ExportedNote[]) {
  return notes.map((note) => ({
    id: note.id,
    visibility: note.visibility,
    measure: note.measure?.id ?? null,
    sector: note.sector?.id ?? null,
    createdAt: note.createdAt.toISOString(),
    updatedAt: note.updatedAt.toISOString(),
    body: note.body,
  }));
}

export function notesToMarkdown(notes: ExportedNote[], author: string): string {
  const sections = notes.map((note) => {
    const about = note.measure
      ? `${note.measure.id} ${note.measure.titleEn} / ${note.measure.titleKo}`
      : note.sector
        ? `${note.sector.nameEn} / ${note.sector.nameKo}`
        : "—";
    return [`## ${about}`, "", `_${note.createdAt.toISOString()} · ${note.visibility}_`, "", note.body.trim(), ""].join(
      "\n",
    );
  });
  return [`# ${author} — AI Action Plan Tracker notes`, "", ...sections].join("\n").replace(/\n+$/, "\n");
}
