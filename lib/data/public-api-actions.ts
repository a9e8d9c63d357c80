import "server-only";
import { NotFoundError } from "@/lib/errors";
import { type ActionPageQuery, encodeActionCursor } from "@/lib/validations/tracker";
import type { ActionRow } from "./action-rows";
import { getActionById, listActions } from "./actions";
import { getAgencyById, listAgencies } from "./agencies";

/**
 * The public API's documents for recommended actions and agencies. Stable, explicit shapes:
 * ids are the plan's own ("I-1.1") and the agencies' ("doc"); authors are named, never identified.
 */

export function toApiAction(row: ActionRow) {
  return {
    id: row.id,
    sequence: row.sequence,
    measure: row.measure.id,
    pillar: row.pillarId,
    titleEn: row.titleEn,
    titleKo: row.titleKo,
    summaryEn: row.summaryEn,
    summaryKo: row.summaryKo,
    leads: row.leads.map((agency) => agency.id),
    partners: row.partners.map((agency) => agency.id),
    sectors: row.sectors,
    status: row.status,
    lastEvent: row.lastEvent,
  };
}

/** One page of actions in plan order, `limit` after `cursor`; `next` is null on the last page. */
export async function getApiActions(query: ActionPageQuery) {
  const { limit, cursor, ...filters } = query;
  const after = (await listActions(filters)).filter((row) => cursor === undefined || row.sequence > cursor);
  const page = after.slice(0, limit);
  const next = after.length > limit ? encodeActionCursor(page[page.length - 1].sequence) : null;
  return { data: page.map(toApiAction), next };
}

export async function getApiAction(id: string) {
  const action = await getActionById(id);
  if (!action) throw new NotFoundError(`There is no action "${id}".`);
  const { measure, leads, partners, history, events, sources, ...rest } = action;
  return {
    ...rest,
    measure: measure.id,
    pillar: measure.pillarId,
    sectors: measure.sectors,
    leads: leads.map((agency) => agency.id),
    partners: partners.map((agency) => agency.id),
    sources: sources.map(({ id: sourceId, ...source }) => ({ id: sourceId, ...source })),
    statusHistory: history.map(({ author, ...change }) => ({ ...change, author: author.name })),
    events: events.map(({ seedKey, ...event }) => ({ ...event, seeded: seedKey !== null })),
  };
}

export async function getApiAgencies() {
  return (await listAgencies()).map(({ parentId, ...agency }) => ({ ...agency, parent: parentId }));
}

export async function getApiAgency(id: string) {
  const agency = await getAgencyById(id);
  if (!agency) throw new NotFoundError(`There is no agency "${id}".`);
  return {
    id: agency.id,
    abbreviation: agency.abbreviation,
    nameEn: agency.nameEn,
    nameKo: agency.nameKo,
    parent: agency.parent?.id ?? null,
    children: agency.children.map((child) => child.id),
    leads: agency.leads.map(toApiAction),
    partners: agency.partners.map(toApiAction),
    leadCounts: agency.leadCounts,
    partnerCounts: agency.partnerCounts,
  };
}
