-- Search filters and facet counts join measures, events and notes directly (lib/search/facets.ts);
-- nothing reads these two views any more.
DROP VIEW IF EXISTS "search_facet";
DROP VIEW IF EXISTS "search_link";
