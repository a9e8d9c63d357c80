import type { PrismaClient } from "@/lib/db/client";

/**
 * Rebuilds the whole index from the source tables (the same statements that end the search
 * migration). Safe to run at any time; one transaction, so searches see the old or new index.
 */
export async function rebuildSearchIndex(client: PrismaClient): Promise<number> {
  await client.$transaction([
    client.$executeRaw`DELETE FROM search_index`,
    client.$executeRaw`DELETE FROM search_note_index`,
    client.$executeRaw`DELETE FROM search_document`,
    client.$executeRaw`INSERT INTO search_document (id, type, source_id, visibility, owner_id, sort_key)
      SELECT CASE WHEN type = 'note' THEN 1000000000000 ELSE 1 END
               + row_number() OVER (PARTITION BY type = 'note' ORDER BY type, sort_key, source_id) - 1,
             type, source_id, visibility, owner_id, sort_key
      FROM search_source`,
    client.$executeRaw`INSERT INTO search_index (rowid, title, body, title_grams, body_grams)
      SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type <> 'note'`,
    client.$executeRaw`INSERT INTO search_note_index (rowid, title, body, title_grams, body_grams)
      SELECT doc_id, title, body, title_grams, body_grams FROM search_entry WHERE type = 'note'`,
  ]);
  const [row] = await client.$queryRaw<{ total: bigint | number }[]>`SELECT count(*) AS total FROM search_document`;
  return Number(row.total);
}
