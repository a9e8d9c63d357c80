import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { parseQuery } from "./query";
import { buildSnippet, type SnippetPart } from "./snippet";
import { searchSources } from "./sources";
import type { HitPillar, HitSector, SearchType } from "./sources/types";
import type { Viewer } from "./viewer";

export type SearchFilters = { pillar?: string; sector?: string; policy?: string; type?: SearchType };
export type SearchRequest = SearchFilters & { q: string; limit: number; offset: number; locale: Locale };

export type SearchResult = {
  type: SearchType;
  id: string;
  slug: string;
  href: string;
  title: string;
  snippet: SnippetPart[];
  pillar: HitPillar | null;
  sectors: HitSector[];
  score: number;
};

export type SearchResponse = {
  query: string;
  total: number;
  /** False when more notes match than are counted: then `total` is a lower bound. */
  totalIsExact: boolean;
  results: SearchResult[];
  measureId: string | null;
};

type Row = { type: SearchType; sourceId: string; score: number };

// bm25 weights for (title, body, title_grams, body_grams): a hit in a title counts most.
const RANK = Prisma.sql`bm25(search_index, 10.0, 1.0, 10.0, 1.0)`;

/**
 * Notes are private to their readers: nobody anonymous sees one, an analyst sees shared notes
 * and their own private ones, an admin sees all. Deleted notes are never in the index.
 */
function visibleTo(viewer: Viewer | null): Prisma.Sql {
  if (!viewer) return Prisma.sql`d.visibility = 'public'`;
  if (viewer.role === "admin") return Prisma.sql`1 = 1`;
  return Prisma.sql`(d.visibility IN ('public', 'shared') OR d.owner_id = ${viewer.id})`;
}

function facetCondition(facet: string, value: string): Prisma.Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM search_facet f WHERE f.type = d.type AND f.source_id = d.source_id
                            AND f.facet = ${facet} AND f.value = ${value})`;
}

/** The WHERE conditions for a viewer and filters; `except` leaves one facet out (for its counts). */
export function conditionsFor(filters: SearchFilters, viewer: Viewer | null, except?: keyof SearchFilters): Prisma.Sql {
  const conditions = [visibleTo(viewer)];
  if (filters.type && except !== "type") conditions.push(Prisma.sql`d.type = ${filters.type}`);
  for (const facet of ["pillar", "sector", "policy"] as const) {
    const value = filters[facet];
    if (value && except !== facet) conditions.push(facetCondition(facet, value));
  }
  return Prisma.join(conditions, " AND ");
}

/** With no words to search, the filters alone list documents (measures unless a type is picked). */
export function effectiveFilters(filters: SearchFilters, match: string | null): SearchFilters {
  return match || filters.type ? filters : { ...filters, type: "measure" };
}

/**
 * Notes have index ids from NOTE_ROWID up (see the search migration). The catalogue (measures,
 * events) is always ranked in full; notes are ranked among the NOTE_WINDOW newest that match,
 * which bounds the work however common a word is. Past that window, totals are "at least".
 */
export const NOTE_ROWID = 1_000_000_000_000;
export const NOTE_WINDOW = 1000;

type Arms = { catalogue: boolean; notes: boolean };

/** Which parts of the index can hold a result for this viewer and type filter. */
function armsFor(filters: SearchFilters, viewer: Viewer | null): Arms {
  return {
    catalogue: filters.type !== "note",
    notes: viewer !== null && (!filters.type || filters.type === "note"),
  };
}

async function findRows(match: string, where: Prisma.Sql, arms: Arms, limit: number, offset: number): Promise<Row[]> {
  const catalogue = Prisma.sql`
    SELECT d.type AS type, d.source_id AS sourceId, -${RANK} AS score
    FROM search_index JOIN search_document d ON d.id = search_index.rowid
    WHERE search_index MATCH ${match} AND search_index.rowid < ${NOTE_ROWID} AND ${where}`;
  const notes = Prisma.sql`
    SELECT * FROM (
      SELECT d.type AS type, d.source_id AS sourceId, -${RANK} AS score
      FROM search_index JOIN search_document d ON d.id = search_index.rowid
      WHERE search_index MATCH ${match} AND search_index.rowid >= ${NOTE_ROWID} AND ${where}
      ORDER BY search_index.rowid DESC LIMIT ${NOTE_WINDOW})`;
  const parts = [...(arms.catalogue ? [catalogue] : []), ...(arms.notes ? [notes] : [])];
  if (parts.length === 0) return [];
  return db.$queryRaw<Row[]>`
    SELECT type, sourceId, score FROM (${Prisma.join(parts, " UNION ALL ")})
    ORDER BY score DESC, type, sourceId LIMIT ${limit} OFFSET ${offset}`;
}

async function listRows(where: Prisma.Sql, limit: number, offset: number): Promise<Row[]> {
  return db.$queryRaw<Row[]>`
    SELECT d.type AS type, d.source_id AS sourceId, 0.0 AS score FROM search_document d
    WHERE ${where} ORDER BY d.type = 'note', d.type, d.sort_key LIMIT ${limit} OFFSET ${offset}`;
}

/** The number of results, exact for the catalogue and up to NOTE_WINDOW for notes. */
async function countRows(match: string | null, where: Prisma.Sql, arms: Arms): Promise<{ total: number; exact: boolean }> {
  type Count = { total: bigint | number }[];
  if (!match) {
    const [row] = await db.$queryRaw<Count>`SELECT count(*) AS total FROM search_document d WHERE ${where}`;
    return { total: Number(row.total), exact: true };
  }
  const [catalogue, notes] = await Promise.all([
    arms.catalogue
      ? db.$queryRaw<Count>`
          SELECT count(*) AS total FROM search_index JOIN search_document d ON d.id = search_index.rowid
          WHERE search_index MATCH ${match} AND search_index.rowid < ${NOTE_ROWID} AND ${where}`
      : [{ total: 0 }],
    arms.notes
      ? db.$queryRaw<Count>`
          SELECT count(*) AS total FROM (
            SELECT 1 FROM search_index JOIN search_document d ON d.id = search_index.rowid
            WHERE search_index MATCH ${match} AND search_index.rowid >= ${NOTE_ROWID} AND ${where}
            LIMIT ${NOTE_WINDOW + 1})`
      : [{ total: 0 }],
  ]);
  const noteCount = Number(notes[0].total);
  return { total: Number(catalogue[0].total) + Math.min(noteCount, NOTE_WINDOW), exact: noteCount <= NOTE_WINDOW };
}

/** A measure whose id was typed comes first, when it passes the filters. */
async function pinnedMeasure(measureId: string | null, where: Prisma.Sql): Promise<Row | null> {
  if (!measureId) return null;
  const [row] = await db.$queryRaw<Row[]>`
    SELECT d.type AS type, d.source_id AS sourceId, 1000.0 AS score FROM search_document d
    WHERE d.type = 'measure' AND d.source_id = ${measureId} AND ${where}`;
  return row ?? null;
}

/** Loads what each hit shows from its own type's module, keeping the ranked order. */
async function describe(rows: Row[], terms: string[], locale: Locale): Promise<SearchResult[]> {
  const byType = new Map<SearchType, string[]>();
  for (const row of rows) byType.set(row.type, [...(byType.get(row.type) ?? []), row.sourceId]);
  const details = new Map(
    await Promise.all(
      [...byType].map(async ([type, ids]) => [type, await searchSources[type].loadHits(ids, locale)] as const),
    ),
  );
  return rows.flatMap((row) => {
    const hit = details.get(row.type)?.get(row.sourceId);
    if (!hit) return [];
    const text = hit.texts.find((candidate) => terms.some((term) => candidate.toLowerCase().includes(term))) ?? hit.texts[0];
    const { texts: _texts, ...shown } = hit;
    return [{ ...shown, type: row.type, snippet: buildSnippet(text, terms), score: Number(row.score) }];
  });
}

/** Ranked search over every document the viewer may see. */
export async function searchDocuments(request: SearchRequest, viewer: Viewer | null): Promise<SearchResponse> {
  const parsed = parseQuery(request.q);
  const filters = effectiveFilters(request, parsed.match);
  const where = conditionsFor(filters, viewer);
  const arms = armsFor(filters, viewer);
  const [rows, count, pinned] = await Promise.all([
    parsed.match ? findRows(parsed.match, where, arms, request.limit, request.offset) : listRows(where, request.limit, request.offset),
    countRows(parsed.match, where, arms),
    request.offset === 0 ? pinnedMeasure(parsed.measureId, where) : null,
  ]);
  const alreadyFound = pinned && rows.some((row) => row.type === "measure" && row.sourceId === pinned.sourceId);
  const ranked = pinned
    ? [pinned, ...rows.filter((row) => !(row.type === "measure" && row.sourceId === pinned.sourceId))].slice(0, request.limit)
    : rows;
  return {
    query: parsed.text,
    total: count.total + (pinned && !alreadyFound ? 1 : 0),
    totalIsExact: count.exact,
    results: await describe(ranked, parsed.terms, request.locale),
    measureId: parsed.measureId,
  };
}
