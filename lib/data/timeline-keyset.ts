import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TimelineCursor } from "@/lib/validations/paging";

/**
 * Where a cursor cuts the timeline. The order is: date, newest first; on one day status changes
 * (recorded at a time) before events (known only by date); then creation time and id, newest
 * first. Events are dated by `occurredOn`, status changes by the UTC day of `createdAt`.
 * "older" is everything after the cursor in that order, "newer" everything before it.
 */
export type Direction = "older" | "newer";

const DAY_MS = 86_400_000;
const startOfDay = (date: string) => new Date(`${date}T00:00:00Z`);

/** SQL on events `e`; row values compare (occurredOn, createdAt, id) as the index orders them. */
export function eventsBeyond(cursor: TimelineCursor, direction: Direction): Prisma.Sql {
  if (cursor.kind === "status") {
    // Events of the cursor's day come after all its status changes.
    return direction === "older"
      ? Prisma.sql`e.occurredOn <= ${cursor.date}`
      : Prisma.sql`e.occurredOn > ${cursor.date}`;
  }
  const key = Prisma.sql`(e.occurredOn, e.createdAt, e.id)`;
  const at = Prisma.sql`(${cursor.date}, ${cursor.createdAt}, ${cursor.id})`;
  return direction === "older" ? Prisma.sql`${key} < ${at}` : Prisma.sql`${key} > ${at}`;
}

export function statusChangesBeyond(cursor: TimelineCursor, direction: Direction): Prisma.StatusChangeWhereInput {
  if (cursor.kind === "event") {
    // Status changes recorded on the event's day come before it.
    return { createdAt: direction === "older" ? { lt: startOfDay(cursor.date) } : { gte: startOfDay(cursor.date) } };
  }
  const beyond = direction === "older" ? "lt" : "gt";
  return {
    OR: [{ createdAt: { [beyond]: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { [beyond]: cursor.id } }],
  };
}

/** Sorts cursors (or entries' positions) in the timeline's order, newest first. */
export function compareNewestFirst(a: TimelineCursor, b: TimelineCursor): number {
  if (a.date !== b.date) return a.date < b.date ? 1 : -1;
  if (a.kind !== b.kind) return a.kind === "status" ? -1 : 1;
  if (a.createdAt.getTime() !== b.createdAt.getTime()) return b.createdAt.getTime() - a.createdAt.getTime();
  return a.id === b.id ? 0 : a.id < b.id ? 1 : -1;
}

/** The UTC day a status change is dated by, as YYYY-MM-DD. */
export function dayOf(createdAt: Date): string {
  return new Date(Math.floor(createdAt.getTime() / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
}
