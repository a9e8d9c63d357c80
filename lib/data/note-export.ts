import "server-only";
import { db } from "@/lib/db";

/** An analyst's own notes (shared and private, not deleted), oldest first, for their export. */
export async function listNotesForExport(authorId: string) {
  return db.note.findMany({
    where: { authorId, deletedAt: null },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      body: true,
      visibility: true,
      createdAt: true,
      updatedAt: true,
      measure: { select: { id: true, titleEn: true, titleKo: true } },
      sector: { select: { id: true, nameEn: true, nameKo: true } },
    },
  });
}

export type ExportedNote = Awaited<ReturnType<typeof listNotesForExport>>[number];
