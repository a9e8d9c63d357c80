/**
 * Temporary lockout after repeated failed sign-ins, counted per e-mail address and per client IP.
 * Locked or not, an address that has no account gets the same answer as one that has.
 * (No "server-only": Better Auth's hooks run it with the client they were given.)
 */
import type { PrismaClient } from "@/lib/db/client";

/** Failures before a lockout: few per address; more per IP, which a whole office may share. */
export const MAX_FAILURES = 5;
export const MAX_FAILURES_PER_IP = 20;
export const FAILURE_WINDOW_MS = 15 * 60_000;
export const LOCKOUT_MS = 15 * 60_000;

export function throttleKeys(email: string | undefined, ip: string | null | undefined): string[] {
  const keys: string[] = [];
  if (email) keys.push(`email:${email.trim().toLowerCase()}`);
  if (ip) keys.push(`ip:${ip}`);
  return keys;
}

/** The moment the lockout ends, or null when none of the keys is locked now. */
export async function lockedUntil(client: PrismaClient, keys: string[], now = new Date()): Promise<Date | null> {
  if (!keys.length) return null;
  const rows = await client.signInThrottle.findMany({
    where: { key: { in: keys }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const ends = rows.flatMap((row) => (row.lockedUntil ? [row.lockedUntil.getTime()] : []));
  return ends.length ? new Date(Math.max(...ends)) : null;
}

export async function recordFailedSignIn(client: PrismaClient, keys: string[], now = new Date()): Promise<void> {
  for (const key of keys) {
    const row = await client.signInThrottle.findUnique({ where: { key } });
    const windowOpen = row && now.getTime() - row.windowStart.getTime() < FAILURE_WINDOW_MS;
    const failures = windowOpen ? row.failures + 1 : 1;
    const data = {
      failures,
      windowStart: windowOpen ? row.windowStart : now,
      lockedUntil:
        failures >= (key.startsWith("ip:") ? MAX_FAILURES_PER_IP : MAX_FAILURES)
          ? new Date(now.getTime() + LOCKOUT_MS)
          : null,
    };
    await client.signInThrottle.upsert({ where: { key }, create: { key, ...data }, update: data });
  }
}

export async function clearFailedSignIns(client: PrismaClient, email: string | undefined): Promise<void> {
  const keys = throttleKeys(email, null);
  if (keys.length) await client.signInThrottle.deleteMany({ where: { key: { in: keys } } });
}
