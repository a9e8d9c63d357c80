import "server-only";
import { db } from "@/lib/db";
import { lockedUntil, recordFailedSignIn } from "./sign-in-throttle";

/**
 * Wrong current passwords on the account page, counted like failed sign-ins (the same table and
 * rule: 5 in 15 minutes lock for 15 minutes), per account: a stolen session must not be able to
 * guess the password it would need to take the account over.
 */
const keyOf = (userId: string) => [`password-change:${userId}`];

export function passwordLockedUntil(userId: string): Promise<Date | null> {
  return lockedUntil(db, keyOf(userId));
}

export function recordPasswordFailure(userId: string): Promise<void> {
  return recordFailedSignIn(db, keyOf(userId));
}

export async function clearPasswordFailures(userId: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: { in: keyOf(userId) } } });
}
