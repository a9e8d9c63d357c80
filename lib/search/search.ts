import "server-only";
import type { Viewer as SessionViewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Locale } from "@/lib/i18n/routing";
import { parseQuery } from "./query";
import { buildSnippet, type SnippetPart } from "./snippet";
import { searchSources } from "./sources";
import type { HitPillar, HitSector, SearchType } from "./sources/types";

/** What search needs to know of the viewer to decide which notes they may find. */
export type SearchViewer = Pick<SessionViewer, "id" | "role">;
type Viewer = SearchViewer;

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
export function visibleTo(viewer: Viewer | null): Prisma.Sql {
  if (!viewer) return Prisma.sql`d.visibility = 'public'`;
  if (viewer.role === "admin") return Prisma.sql`1 = 1`;
  return Prisma.sql`(d.visibility IN ('public', 'shared') OR d.owner_id = ${viewer.id})`;
}

type Facet = "pillar" | "sector" | "policy";

/** The measures a facet value stands for, as (measure_id, value) rows: a pillar's, a sector's, a key policy's. */
export function measureFacetValues(facet: Facet): Prisma.Sql {
  if (facet === "pillar") return Prisma.sql`SELECT id AS measure_id, pillarId AS value FROM Measure`;
  if (facet === "sector") return Prisma.sql`SELECT measureId AS measure_id, sectorId AS value FROM MeasureSector`;
  return Prisma.sql`SELECT measureId AS measure_id, keyPolicyId AS value FROM KeyPolicyMeasure`;
}

/**
 * A document belongs to a facet value through its measure (an event or a company through any of
 * its measures); a sector note and a company also through their own sector. Written against the
 * tables, not a view: joined per document, a view (a UNION over every note) is built whole —
 * ≈ 250 ms a query at 100,000 notes.
 */
function facetCondition(facet: Facet, value: string): Prisma.Sql {
  const measures = Prisma.sql`SELECT measure_id FROM (${measureFacetValues(facet)}) WHERE value = ${value}`;
  const ownSector = facet === "sector" ? Prisma.sql` OR n.sectorId = ${value}` : Prisma.empty;
  const companySector = facet === "sector" ? Prisma.sql` OR c.sectorId = ${value}` : Prisma.empty;
  return Prisma.sql`(
    (d.type = 'measure' AND d.source_id IN (${measures}))
    OR (d.type = 'event' AND d.source_id IN (SELECT eventId FROM EventMeasure WHERE measureId IN (${measures})))
    OR (d.type = 'action' AND d.source_id IN (SELECT id FROM Action WHERE measureId IN (${measures})))
    OR (d.type = 'note' AND d.source_id IN (SELECT n.id FROM Note n WHERE n.measureId IN (${measures})${ownSector}))
    OR (d.type = 'company' AND d.source_id IN (SELECT c.id FROM Company c
      WHERE c.id IN (SELECT companyId FROM CompanyMeasure WHERE measureId IN (${measures}))${companySector})))`;
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
 * The catalogue (measures, events) is ranked by bm25 in search_index. Notes, in
 * search_note_index, follow newest first: bm25 would have to read every matching note, so
 * its cost would grow with the notes; recency stays cheap and is what analysts scan notes by.
 * Notes are counted up to NOTE_COUNT_LIMIT; past that the total is "at least".
 */
export const NOTE_COUNT_LIMIT = 1000;

type Arms = { catalogue: boolean; notes: boolean };

/** Which index can hold a result for this viewer and type filter (anonymous sees no notes). */
function armsFor(filters: SearchFilters, viewer: Viewer | null): Arms {
  return {
    catalogue: filters.type !== "note",
    notes: viewer !== null && (!filters.type || filters.type === "note"),
  };
}

type Count = { total: bigint | number }[];

async function findRows(
  match: string,
  where: Prisma.Sql,
  arms: Arms,
  limit: number,
  offset: number,
): Promise<{ rows: Row[]; total: number; exact: boolean }> {
  // Only the ranked rows up to this page are read, and the rest counted: a word common to
  // thousands of events ("발표") cost ~50 ms when every match was ranked and returned.
  const [catalogue, [catalogueCount]] = arms.catalogue
    ? await Promise.all([
        db.$queryRaw<Row[]>`
          SELECT d.type AS type, d.source_id AS sourceId, -${RANK} AS score
          FROM search_index JOIN search_document d ON d.id = search_index.rowid
          WHERE search_index MATCH ${match} AND ${where}
          ORDER BY ${RANK}, d.sort_key LIMIT ${offset + limit}`,
        db.$queryRaw<Count>`
          SELECT count(*) AS total FROM search_index JOIN search_document d ON d.id = search_index.rowid
          WHERE search_index MATCH ${match} AND ${where}`,
      ])
    : [[], [{ total: 0 }]];
  const catalogueTotal = Number(catalogueCount.total);
  if (!arms.notes) return { rows: catalogue.slice(offset, offset + limit), total: catalogueTotal, exact: true };

  const noteOffset = Math.max(0, offset - catalogueTotal);
  const noteLimit = limit - Math.max(0, Math.min(limit, catalogueTotal - offset));
  const [notes, [count]] = await Promise.all([
    noteLimit > 0
      ? db.$queryRaw<Row[]>`
          SELECT d.type AS type, d.source_id AS sourceId, 0.0 AS score
          FROM search_note_index JOIN search_document d ON d.id = search_note_index.rowid
          WHERE search_note_index MATCH ${match} AND ${where}
          ORDER BY search_note_index.rowid DESC LIMIT ${noteLimit} OFFSET ${noteOffset}`
      : [],
    db.$queryRaw<Count>`
      SELECT count(*) AS total FROM (
        SELECT 1 FROM search_note_index JOIN search_document d ON d.id = search_note_index.rowid
        WHERE search_note_index MATCH ${match} AND ${where} LIMIT ${NOTE_COUNT_LIMIT + 1})`,
  ]);
  const noteCount = Number(count.total);
  return {
    rows: [...catalogue.slice(offset, offset + limit), ...notes],
    total: catalogueTotal + Math.min(noteCount, NOTE_COUNT_LIMIT),
    exact: noteCount <= NOTE_COUNT_LIMIT,
  };
}

async function listRows(
  where: Prisma.Sql,
  limit: number,
  offset: number,
): Promise<{ rows: Row[]; total: number; exact: boolean }> {
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<Row[]>`
      SELECT d.type AS type, d.source_id AS sourceId, 0.0 AS score FROM search_document d
      WHERE ${where} ORDER BY d.type = 'note', d.type, d.sort_key LIMIT ${limit} OFFSET ${offset}`,
    db.$queryRaw<Count>`SELECT count(*) AS total FROM search_document d WHERE ${where}`,
  ]);
  return { rows, total: Number(count.total), exact: true };
}

/** A measure or action whose id was typed ("II-3", "i-1.1") comes first, when it passes the filters. */
async function pinnedDocument(pin: { type: SearchType; id: string } | null, where: Prisma.Sql): Promise<Row | null> {
  if (!pin) return null;
  const [row] = await db.$queryRaw<Row[]>`
    SELECT d.type AS type, d.source_id AS sourceId, 1000.0 AS score FROM search_document d
    WHERE d.type = ${pin.type} AND d.source_id = ${pin.id} AND ${where}`;
  return row ?? null;
}

/** Loads what each hit shows from its own type's module, keeping the ranked order. */
async function describeResults(rows: Row[], terms: string[], locale: Locale): Promise<SearchResult[]> {
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
    const text =
      hit.texts.find((candidate) => terms.some((term) => candidate.toLowerCase().includes(term))) ?? hit.texts[0];
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
  const pin = parsed.actionId
    ? { type: "action" as const, id: parsed.actionId }
    : parsed.measureId
      ? { type: "measure" as const, id: parsed.measureId }
      : null;
  const [{ rows, ...count }, pinned] = await Promise.all([
    parsed.match
      ? findRows(parsed.match, where, arms, request.limit, request.offset)
      : listRows(where, request.limit, request.offset),
    request.offset === 0 ? pinnedDocument(pin, where) : null,
  ]);
  const isPinned = (row: Row) => pinned !== null && row.type === pinned.type && row.sourceId === pinned.sourceId;
  const alreadyFound = pinned && rows.some(isPinned);
  const ranked = pinned ? [pinned, ...rows.filter((row) => !isPinned(row))].slice(0, request.limit) : rows;
  return {
    query: parsed.text,
    total: count.total + (pinned && !alreadyFound ? 1 : 0),
    totalIsExact: count.exact,
    results: await describeResults(ranked, parsed.terms, request.locale),
    measureId: parsed.measureId,
  };
}
