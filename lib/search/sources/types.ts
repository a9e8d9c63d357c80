import type { Locale } from "@/lib/i18n/routing";

export const SEARCH_TYPES = ["measure", "action", "note", "event", "company"] as const;
export type SearchType = (typeof SEARCH_TYPES)[number];

export type HitPillar = { id: string; number: number; titleEn: string; titleKo: string };
export type HitSector = { id: string; nameEn: string; nameKo: string; horizon: string };

/** What a result shows, loaded by the document type's own module. */
export type HitDetail = {
  id: string;
  /** The path the result opens, without the locale ("/measures/…"). */
  href: string;
  slug: string;
  title: string;
  /** Text to cut the snippet from, best language first. */
  texts: string[];
  pillar: HitPillar | null;
  sectors: HitSector[];
};

/**
 * One kind of searchable document. Its text, visibility and facet links are defined in SQL by
 * the search migration (views `search_source_<type>`, triggers on
 * `watchedTables`), so every write path keeps the index in step; this module says how a hit
 * is shown. Registering a new type: a migration with its view and triggers, a module here, and
 * an entry in sources/index.ts.
 */
export type SearchSource = {
  type: SearchType;
  watchedTables: string[];
  loadHits(ids: string[], locale: Locale): Promise<Map<string, HitDetail>>;
};
