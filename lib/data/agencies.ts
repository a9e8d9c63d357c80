import "server-only";
import { db } from "@/lib/db";
import { emptyCounts } from "@/lib/tracking/measure-status-rule";
import { listActionRows } from "./action-rows";

/** Every agency with how many actions it leads and supports, parents first then by name. */
export async function listAgencies() {
  const [agencies, links] = await Promise.all([
    db.agency.findMany({
      orderBy: [{ abbreviation: "asc" }, { nameEn: "asc" }],
      select: { id: true, abbreviation: true, nameEn: true, nameKo: true, parentId: true },
    }),
    db.actionAgency.groupBy({ by: ["agencyId", "role"], _count: { _all: true } }),
  ]);
  const count = (agencyId: string, role: string) =>
    links.find((link) => link.agencyId === agencyId && link.role === role)?._count._all ?? 0;
  return agencies.map((agency) => ({
    ...agency,
    leads: count(agency.id, "lead"),
    partners: count(agency.id, "partner"),
  }));
}

export type AgencyListItem = Awaited<ReturnType<typeof listAgencies>>[number];

/**
 * One agency: its parent and bureaus, the actions it leads and those it supports (with status),
 * and status counts for each. Null when there is none.
 */
export async function getAgencyById(id: string) {
  const agency = await db.agency.findUnique({
    where: { id },
    select: {
      id: true,
      abbreviation: true,
      nameEn: true,
      nameKo: true,
      parent: { select: { id: true, abbreviation: true, nameEn: true, nameKo: true } },
      children: {
        orderBy: { abbreviation: "asc" },
        select: { id: true, abbreviation: true, nameEn: true, nameKo: true },
      },
    },
  });
  if (!agency) return null;
  const rows = await listActionRows();
  const leads = rows.filter((row) => row.leads.some((lead) => lead.id === id));
  const partners = rows.filter((row) => row.partners.some((partner) => partner.id === id));
  const countOf = (list: typeof rows) => {
    const counts = emptyCounts();
    for (const row of list) counts[row.status.status] += 1;
    return {
      total: list.length,
      verified: list.filter((row) => row.status.changedAt && row.status.verified).length,
      counts,
    };
  };
  return { ...agency, leads, partners, leadCounts: countOf(leads), partnerCounts: countOf(partners) };
}

export type AgencyDetail = NonNullable<Awaited<ReturnType<typeof getAgencyById>>>;
