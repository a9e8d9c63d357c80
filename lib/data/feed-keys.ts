import "server-only";
import crypto from "node:crypto";
import { hashApiToken } from "@/lib/auth/api-tokens";
import { toRole } from "@/lib/auth/roles";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";

/**
 * Private feed addresses. A feed reader cannot sign in, so an analyst's feeds carry a secret key
 * in their address (`?key=fk_…`); with it the feeds include what that analyst may see. Like API
 * tokens the key is random and long, so a fast hash is stored, never the key.
 */
export const FEED_KEY_PREFIX = "fk_";
const FEED_KEY_PATTERN = /^fk_[A-Za-z0-9_-]{43}$/;

/** A new key for the viewer, replacing any old one (whose addresses stop working); shown once. */
export async function regenerateFeedKey(userId: string): Promise<string> {
  const key = FEED_KEY_PREFIX + crypto.randomBytes(32).toString("base64url");
  const data = { keyHash: hashApiToken(key), prefix: key.slice(0, FEED_KEY_PREFIX.length + 6), createdAt: new Date() };
  await db.feedKey.upsert({ where: { userId }, create: { userId, ...data }, update: data });
  return key;
}

export async function revokeFeedKey(userId: string): Promise<boolean> {
  const { count } = await db.feedKey.deleteMany({ where: { userId } });
  return count === 1;
}

export function getFeedKey(userId: string) {
  return db.feedKey.findUnique({ where: { userId }, select: { prefix: true, createdAt: true } });
}

/** The analyst a feed key belongs to; null for a wrong, revoked or malformed key or a deactivated account. */
export async function findViewerByFeedKey(key: string): Promise<Viewer | null> {
  if (!FEED_KEY_PATTERN.test(key)) return null;
  const row = await db.feedKey.findUnique({
    where: { keyHash: hashApiToken(key) },
    select: { user: { select: { id: true, name: true, email: true, role: true, banned: true } } },
  });
  if (!row || row.user.banned) return null;
  return { id: row.user.id, name: row.user.name, email: row.user.email, role: toRole(row.user.role) };
}
