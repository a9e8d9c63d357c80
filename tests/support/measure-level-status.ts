/**
 * A measure-level status change as the product recorded them before statuses moved to actions.
 * The product no longer writes these (a measure's status is derived from its actions), but a
 * database from then keeps them, and every page must still show them: tests insert them here.
 */
import { db } from "@/lib/db";
import type { ImplementationStatus } from "@/lib/validations/vocabulary";

export type MeasureLevelChange = {
  measureId: string;
  status: ImplementationStatus | string;
  verified: boolean;
  reason: string;
  sourceUrls: string[];
};

export async function insertMeasureLevelStatus(authorId: string, change: MeasureLevelChange) {
  return db.statusChange.create({
    data: {
      measureId: change.measureId,
      status: change.status,
      verified: change.verified,
      reason: change.reason,
      sourceUrls: JSON.stringify(change.sourceUrls),
      authorId,
    },
    select: { id: true, createdAt: true },
  });
}
