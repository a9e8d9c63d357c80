import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";

/**
 * An event chosen for some actions concerns their measures too: the measures it is linked to are
 * those the analyst chose plus those of its actions, so measure pages and filters find it.
 */
export async function resolveEventLinks(measureIds: string[], actionIds: string[]) {
  if (actionIds.length === 0) return { measureIds, actionIds };
  const found = await db.action.findMany({ where: { id: { in: actionIds } }, select: { id: true, measureId: true } });
  const known = new Set(found.map((action) => action.id));
  const unknown = actionIds.filter((id) => !known.has(id));
  if (unknown.length) throw new DomainError(`Unknown action: ${unknown.join(", ")}.`, 422);
  return { measureIds: [...new Set([...measureIds, ...found.map((action) => action.measureId)])], actionIds };
}
