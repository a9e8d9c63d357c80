import "server-only";
import {
  type ActionStatusRow,
  buildMonthlyStatusSeries,
  countStatusesByGroup,
  type MonthlyStatusPoint,
  type StatusBar,
} from "@/lib/charts/series";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import type { ImplementationStatus } from "@/lib/validations/vocabulary";
import { listCurrentActionStatuses, NOT_REPORTED } from "./action-status";

/**
 * What the status charts count (docs/charts.md): recommended actions, all of them, those an
 * agency leads, or those of the measures that benefit a sector. Flat queries, a fixed number.
 */
export type ChartScope = { agencyId?: string; sectorId?: string };

function actionsIn(scope: ChartScope) {
  return {
    ...(scope.agencyId ? { agencies: { some: { agencyId: scope.agencyId, role: "lead" } } } : {}),
    ...(scope.sectorId ? { measure: { sectors: { some: { sectorId: scope.sectorId } } } } : {}),
  };
}

/**
 * Month by month, how many actions in the scope were in each status at the month's end: from the
 * first change (or `from`) to the month of `now`; changes recorded after `now` are not counted.
 * Two queries.
 */
export async function listMonthlyActionStatuses(
  scope: ChartScope,
  { timeZone, now = new Date(), from }: { timeZone: string; now?: Date; from?: Date },
): Promise<MonthlyStatusPoint[]> {
  const where = actionsIn(scope);
  const [actions, changes] = await Promise.all([
    db.action.findMany({ where, select: { id: true } }),
    db.statusChange.findMany({
      where: { actionId: { not: null }, action: where, createdAt: { lte: now } },
      select: { id: true, actionId: true, status: true, createdAt: true },
    }),
  ]);
  return buildMonthlyStatusSeries({
    actionIds: actions.map((action) => action.id),
    changes: changes as ActionStatusRow[],
    now,
    from,
    timeZone,
  });
}

/** A name short enough for the label column beside a bar (the table has it in full). */
function shorten(name: string, most = 22): string {
  return name.length <= most ? name : `${name.slice(0, most - 1).trimEnd()}…`;
}

async function currentStatusOf(): Promise<(actionId: string) => ImplementationStatus> {
  const statuses = await listCurrentActionStatuses();
  return (actionId) => (statuses.get(actionId) ?? NOT_REPORTED).status;
}

/** Every agency that leads an action: the actions it leads by current status, most first. Three queries. */
export async function countActionStatusesByAgency(locale: Locale): Promise<StatusBar[]> {
  const [agencies, leads, statusOf] = await Promise.all([
    db.agency.findMany({ select: { id: true, abbreviation: true, nameEn: true, nameKo: true } }),
    db.actionAgency.findMany({ where: { role: "lead" }, select: { actionId: true, agencyId: true } }),
    currentStatusOf(),
  ]);
  const bars = countStatusesByGroup({
    groups: agencies.map((agency) => {
      const name = localized(agency, "name", locale);
      return {
        key: agency.id,
        label: agency.abbreviation ? `${agency.abbreviation} · ${name}` : name,
        axisLabel: agency.abbreviation ?? shorten(name),
        href: `/agencies/${agency.id}`,
      };
    }),
    members: leads.map((lead) => ({ groupKey: lead.agencyId, actionId: lead.actionId })),
    statusOf,
  });
  return bars.sort((a, b) => b.total - a.total || a.label.localeCompare(b.label));
}

/** Every sector, in the brief's order: its measures' actions by current status. Four queries. */
export async function countActionStatusesBySector(locale: Locale): Promise<StatusBar[]> {
  const [sectors, links, actions, statusOf] = await Promise.all([
    db.sector.findMany({ orderBy: { position: "asc" }, select: { id: true, nameEn: true, nameKo: true } }),
    db.measureSector.findMany({ select: { measureId: true, sectorId: true } }),
    db.action.findMany({ select: { id: true, measureId: true } }),
    currentStatusOf(),
  ]);
  const sectorsOf = new Map<string, string[]>();
  for (const { measureId, sectorId } of links)
    sectorsOf.set(measureId, [...(sectorsOf.get(measureId) ?? []), sectorId]);
  return countStatusesByGroup({
    groups: sectors.map((sector) => ({
      key: sector.id,
      label: localized(sector, "name", locale),
      href: `/sectors/${sector.id}`,
    })),
    members: actions.flatMap((action) =>
      (sectorsOf.get(action.measureId) ?? []).map((sectorId) => ({ groupKey: sectorId, actionId: action.id })),
    ),
    statusOf,
  });
}
