/**
 * Tables that live in raw SQL migrations (full-text search) and that Prisma's schema
 * must not try to create or drop. Shared by prisma.config.ts and our migration tool.
 */
export const externalTables: string[] = [
  // Search (prisma/migrations/*_search_index): the FTS5 indexes, their document map, positions.
  "search_index",
  "search_note_index",
  "search_document",
  "search_position",
];
