import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseQuery } from "./query";
import { conditionsFor, effectiveFilters, type SearchFilters } from "./search";
import type { SearchViewer as Viewer } from "./viewer";

export type FacetCounts = Record<"pillar" | "sector" | "policy" | "type", Map<string, number>>;
type CountRow = { value: string; count: bigint | number };

/** Documents matching the words; notes only for a signed-in viewer (anonymous sees none). */
function matching(match: string | null, viewer: Viewer | null): Prisma.Sql {
  if (!match) return Prisma.sql`1 = 1`;
  const catalogue = Prisma.sql`d.id IN (SELECT rowid FROM search_index WHERE search_index MATCH ${match})`;
  if (!viewer) return catalogue;
  return Prisma.sql`(${catalogue} OR d.id IN (SELECT rowid FROM search_note_index WHERE search_note_index MATCH ${match}))`;
}

function toMap(rows: CountRow[]): Map<string, number> {
  return new Map(rows.map((row) => [row.value, Number(row.count)]));
}

/**
 * How many results each facet value would give. Each facet is counted with the other filters
 * applied but not its own, so picking a second pillar is always one click away.
 */
export async function countSearchFacets(q: string, filters: SearchFilters, viewer: Viewer | null): Promise<FacetCounts> {
  const { match } = parseQuery(q);
  const scoped = effectiveFilters(filters, match);
  const byFacet = (facet: "pillar" | "sector" | "policy") =>
    db.$queryRaw<CountRow[]>`
      SELECT f.value AS value, count(DISTINCT d.id) AS count
      FROM search_document d JOIN search_facet f ON f.type = d.type AND f.source_id = d.source_id AND f.facet = ${facet}
      WHERE ${matching(match, viewer)} AND ${conditionsFor(scoped, viewer, facet)}
      GROUP BY f.value`;
  // The type facet keeps measures-only listing for an empty query out of its own counts.
  const typeScope = match ? scoped : { ...filters, type: undefined };
  const [pillar, sector, policy, type] = await Promise.all([
    byFacet("pillar"),
    byFacet("sector"),
    byFacet("policy"),
    db.$queryRaw<CountRow[]>`
      SELECT d.type AS value, count(*) AS count FROM search_document d
      WHERE ${matching(match, viewer)} AND ${conditionsFor(typeScope, viewer, "type")}
      GROUP BY d.type`,
  ]);
  return { pillar: toMap(pillar), sector: toMap(sector), policy: toMap(policy), type: toMap(type) };
}

/** The names the facet lists show, in plan order. */
export async function listFacetLabels() {
  const [pillars, sectors, keyPolicies] = await Promise.all([
    db.pillar.findMany({ orderBy: { number: "asc" }, select: { id: true, number: true, titleEn: true, titleKo: true } }),
    db.sector.findMany({ orderBy: { position: "asc" }, select: { id: true, nameEn: true, nameKo: true } }),
    db.keyPolicy.findMany({ orderBy: { number: "asc" }, select: { id: true, number: true, titleEn: true, titleKo: true } }),
  ]);
  return { pillars, sectors, keyPolicies };
}
export type FacetLabels = Awaited<ReturnType<typeof listFacetLabels>>;
