import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { FollowTarget } from "@/lib/validations/follows";
import { listActivity } from "./activity";
import { measureLink, sectorChip } from "./selections";

async function assertTargetExists(target: FollowTarget) {
  const exists =
    target.kind === "measure"
      ? await db.measure.findUnique({ where: { id: target.id }, select: { id: true } })
      : await db.sector.findUnique({ where: { id: target.id }, select: { id: true } });
  if (!exists) throw new DomainError(`There is no ${target.kind} "${target.id}".`, 422);
}

/** Follows a measure or a sector; following twice is the same as once. */
export async function follow(userId: string, target: FollowTarget) {
  await assertTargetExists(target);
  const existing = await db.follow.findFirst({ where: { userId, ...targetWhere(target) }, select: { id: true } });
  if (existing) return existing;
  return db.follow.create({ data: { userId, ...targetWhere(target) }, select: { id: true } });
}

export async function unfollow(userId: string, target: FollowTarget) {
  await db.follow.deleteMany({ where: { userId, ...targetWhere(target) } });
}

function targetWhere(target: FollowTarget) {
  return target.kind === "measure" ? { measureId: target.id } : { sectorId: target.id };
}

export async function isFollowing(userId: string, target: FollowTarget) {
  return (await db.follow.count({ where: { userId, ...targetWhere(target) } })) > 0;
}

/** What a user follows, measures in the plan's order and sectors in the brief's. */
export async function listFollows(userId: string) {
  const rows = await db.follow.findMany({
    where: { userId },
    select: {
      measure: { select: { ...measureLink, sequence: true } },
      sector: { select: { ...sectorChip, position: true } },
    },
  });
  return {
    measures: rows.flatMap((row) => (row.measure ? [row.measure] : [])).sort((a, b) => a.sequence - b.sequence),
    sectors: rows.flatMap((row) => (row.sector ? [row.sector] : [])).sort((a, b) => a.position - b.position),
  };
}

/** The activity on what a user follows (a followed sector brings in its measures). */
export async function listFollowedActivity(viewer: Viewer, limit = 50) {
  const follows = await listFollows(viewer.id);
  const scope = { measureIds: follows.measures.map((m) => m.id), sectorIds: follows.sectors.map((s) => s.id) };
  const items = scope.measureIds.length || scope.sectorIds.length ? await listActivity(viewer, { scope, limit }) : [];
  return { follows, items };
}
