import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import type { BriefPeriod } from "@/lib/validations/briefs";
import type { ImplementationStatus } from "@/lib/validations/status";
import { measureLink, sectorChip, statusChangeContent } from "./selections";
import { parseSourceUrls } from "./status";

/** A period's instants: from the start of `from` to the end of `to`, in UTC (like deadlines). */
function instantsOf({ from, to }: BriefPeriod) {
  const end = new Date(Date.parse(`${to}T00:00:00Z`) + 86_400_000);
  return { gte: new Date(`${from}T00:00:00Z`), lt: end };
}

/** The plan's frame for a brief: pillars with their measures, sectors with the measures they gain from. */
export async function getBriefFrame() {
  const [pillars, sectors] = await Promise.all([
    db.pillar.findMany({
      orderBy: { number: "asc" },
      select: {
        id: true,
        number: true,
        titleEn: true,
        titleKo: true,
        measures: { orderBy: { sequence: "asc" }, select: measureLink },
      },
    }),
    db.sector.findMany({
      orderBy: { position: "asc" },
      select: {
        ...sectorChip,
        position: true,
        measures: { orderBy: { measure: { sequence: "asc" } }, select: { measureId: true } },
      },
    }),
  ]);
  return {
    pillars,
    sectors: sectors.map(({ measures, ...sector }) => ({ ...sector, measureIds: measures.map((m) => m.measureId) })),
  };
}

/** Status changes recorded in the period, oldest first, with their evidence and who made them. */
export async function listStatusChangesBetween(period: BriefPeriod) {
  const rows = await db.statusChange.findMany({
    where: { createdAt: instantsOf(period) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      ...statusChangeContent,
      measureId: true,
      action: { select: { id: true, titleEn: true, titleKo: true } },
      author: { select: { name: true } },
    },
  });
  return rows.map(({ author, status, sourceUrls, ...row }) => ({
    ...row,
    status: status as ImplementationStatus,
    sourceUrls: parseSourceUrls(sourceUrls),
    author: author.name,
  }));
}

/**
 * The shared notes written in the period, oldest first. None (and no query) for a signed-out
 * viewer; private notes never: a brief is what the team shares.
 */
export async function listSharedNotesBetween(viewer: Viewer | null, period: BriefPeriod) {
  if (!viewer) return [];
  const rows = await db.note.findMany({
    where: { visibility: "shared", deletedAt: null, createdAt: instantsOf(period) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      body: true,
      createdAt: true,
      measureId: true,
      sectorId: true,
      author: { select: { name: true } },
    },
  });
  return rows.map(({ author, ...row }) => ({ ...row, author: author.name }));
}
