import "server-only";
import { db } from "@/lib/db";

/** One source document by id, with the fields a citation shows; null when there is none. */
export async function getSourceDocument(id: string) {
  return db.sourceDocument.findUnique({
    where: { id },
    select: {
      id: true,
      kind: true,
      identifier: true,
      titleEn: true,
      titleKo: true,
      publisher: true,
      publisherKo: true,
      publishedOn: true,
      url: true,
    },
  });
}
