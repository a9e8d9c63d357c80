import "server-only";
import { loadNoteFacetValues } from "@/lib/data/notes";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseQuery } from "./query";
import {
  conditionsFor,
  effectiveFilters,
  measureFacetValues,
  type SearchFilters,
  type SearchViewer as Viewer,
  visibleTo,
} from "./search";

type Facet = "pillar" | "sector" | "policy";
export type FacetCounts = Record<Facet | "type", Map<string, number>>;
type CountRow = { value: string; count: bigint | number };
type NoteGroup = { measureId: string | null; sectorId: string | null; count: bigint | number };

const FACETS: Facet[] = ["pillar", "sector", "policy"];
/** search_document ids: the catalogue (measures, events) below this, notes from it up. */
const FIRST_NOTE_ID = 1_000_000_000_000;

/** Catalogue documents (measures, events) matching the words, or all of them with no words. */
function matchingCatalogue(match: string | null): Prisma.Sql {
  if (!match) return Prisma.sql`d.id < ${FIRST_NOTE_ID}`;
  return Prisma.sql`d.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ${match})`;
}

function matchingNotes(match: string | null): Prisma.Sql {
  if (!match) return Prisma.sql`d.id >= ${FIRST_NOTE_ID}`;
  return Prisma.sql`d.id IN (SELECT rowid FROM search_note_index WHERE search_note_index MATCH ${match})`;
}

function add(map: Map<string, number>, key: string, count: number) {
  map.set(key, (map.get(key) ?? 0) + count);
}

/**
 * Notes are counted grouped by their measure and sector — a few dozen groups however many notes
 * match — and the groups are folded into facet values here. Counting them per document cost
 * ≈ 280 ms a facet when 36,000 notes matched a word; this ≈ 50 ms in all.
 */
async function countNoteFacets(match: string | null, filters: SearchFilters, viewer: Viewer): Promise<FacetCounts> {
  const [groups, valuesOf] = await Promise.all([
    db.$queryRaw<NoteGroup[]>`
      SELECT n.measureId AS measureId, n.sectorId AS sectorId, count(*) AS count
      FROM search_document d JOIN Note n ON n.id = d.source_id
      WHERE d.type = 'note' AND ${matchingNotes(match)} AND ${visibleTo(viewer)}
      GROUP BY n.measureId, n.sectorId`,
    loadNoteFacetValues(),
  ]);
  const counts: FacetCounts = { pillar: new Map(), sector: new Map(), policy: new Map(), type: new Map() };
  const notesCounted = !filters.type || filters.type === "note";
  for (const group of groups) {
    const values = valuesOf(group);
    const count = Number(group.count);
    // A group counts for a facet when it passes every other facet's filter, as in conditionsFor.
    const passes = (except?: Facet) =>
      FACETS.every((facet) => {
        const wanted = filters[facet];
        return facet === except || !wanted || values[facet].has(wanted);
      });
    if (passes()) add(counts.type, "note", count);
    if (!notesCounted) continue;
    for (const facet of FACETS) if (passes(facet)) for (const value of values[facet]) add(counts[facet], value, count);
  }
  return counts;
}

function toMap(rows: CountRow[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const row of rows) add(counts, row.value, Number(row.count));
  return counts;
}

/**
 * How many results each facet value would give. Each facet is counted with the other filters
 * applied but not its own, so picking a second pillar is always one click away. Measures and
 * events are counted through their measures; notes, for a signed-in viewer, by countNoteFacets.
 */
export async function countSearchFacets(
  q: string,
  filters: SearchFilters,
  viewer: Viewer | null,
): Promise<FacetCounts> {
  const { match } = parseQuery(q);
  const scoped = effectiveFilters(filters, match);
  // Measures, events, actions and companies apart: each joins its measures directly (see facetCondition in search.ts).
  const byFacet = async (facet: Facet) => {
    const where = Prisma.sql`${matchingCatalogue(match)} AND ${conditionsFor(scoped, viewer, facet)}`;
    // A company counts under its exposed measures' values and, for sectors, its own sector.
    const ownSector =
      facet === "sector" ? Prisma.sql`UNION SELECT id AS company_id, sectorId AS value FROM Company` : Prisma.empty;
    const [measures, events, actions, companies] = await Promise.all([
      db.$queryRaw<CountRow[]>`
        SELECT v.value AS value, count(*) AS count
        FROM search_document d JOIN (${measureFacetValues(facet)}) v ON v.measure_id = d.source_id
        WHERE d.type = 'measure' AND ${where}
        GROUP BY v.value`,
      db.$queryRaw<CountRow[]>`
        SELECT v.value AS value, count(DISTINCT d.id) AS count
        FROM search_document d JOIN EventMeasure em ON em.eventId = d.source_id JOIN (${measureFacetValues(facet)}) v ON v.measure_id = em.measureId
        WHERE d.type = 'event' AND ${where}
        GROUP BY v.value`,
      db.$queryRaw<CountRow[]>`
        SELECT v.value AS value, count(*) AS count
        FROM search_document d JOIN Action a ON a.id = d.source_id JOIN (${measureFacetValues(facet)}) v ON v.measure_id = a.measureId
        WHERE d.type = 'action' AND ${where}
        GROUP BY v.value`,
      db.$queryRaw<CountRow[]>`
        SELECT v.value AS value, count(DISTINCT d.id) AS count
        FROM search_document d JOIN (
          SELECT cm.companyId AS company_id, mv.value AS value
          FROM CompanyMeasure cm JOIN (${measureFacetValues(facet)}) mv ON mv.measure_id = cm.measureId
          ${ownSector}) v ON v.company_id = d.source_id
        WHERE d.type = 'company' AND ${where}
        GROUP BY v.value`,
    ]);
    return [...measures, ...events, ...actions, ...companies];
  };
  // The type facet keeps measures-only listing for an empty query out of its own counts.
  const typeScope = match ? scoped : { ...filters, type: undefined };
  const [pillar, sector, policy, type, notes] = await Promise.all([
    byFacet("pillar"),
    byFacet("sector"),
    byFacet("policy"),
    db.$queryRaw<CountRow[]>`
      SELECT d.type AS value, count(*) AS count FROM search_document d
      WHERE ${matchingCatalogue(match)} AND ${conditionsFor(typeScope, viewer, "type")}
      GROUP BY d.type`,
    viewer ? countNoteFacets(match, scoped, viewer) : null,
  ]);
  const counts: FacetCounts = {
    pillar: toMap(pillar),
    sector: toMap(sector),
    policy: toMap(policy),
    type: toMap(type),
  };
  if (notes)
    for (const key of [...FACETS, "type"] as const)
      for (const [value, count] of notes[key]) add(counts[key], value, count);
  return counts;
}

/** The names the facet lists show, in plan order. */
export async function listFacetLabels() {
  const [pillars, sectors, keyPolicies] = await Promise.all([
    db.pillar.findMany({
      orderBy: { number: "asc" },
      select: { id: true, number: true, titleEn: true, titleKo: true },
    }),
    db.sector.findMany({ orderBy: { position: "asc" }, select: { id: true, nameEn: true, nameKo: true } }),
    db.keyPolicy.findMany({
      orderBy: { number: "asc" },
      select: { id: true, number: true, titleEn: true, titleKo: true },
    }),
  ]);
  return { pillars, sectors, keyPolicies };
}
export type FacetLabels = Awaited<ReturnType<typeof listFacetLabels>>;
