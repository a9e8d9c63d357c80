/**
 * Personal API tokens: 32 random bytes, shown to their owner once; only a SHA-256 hash is stored.
 * A fast hash is right here because the token is random and long, unlike a password.
 * (No "server-only": the user:create CLI issues tokens too.)
 */
import crypto from "node:crypto";
import type { PrismaClient } from "@/lib/db/client";

export const API_TOKEN_PREFIX = "aap_";
const LAST_USED_RESOLUTION_MS = 60_000;

export function generateApiToken(): string {
  return API_TOKEN_PREFIX + crypto.randomBytes(32).toString("base64url");
}

export function hashApiToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

/** Stores a new token for the user and returns it in plain text: the only time it exists. */
export async function issueApiToken(
  client: PrismaClient,
  userId: string,
  name: string,
): Promise<{ id: string; token: string }> {
  const token = generateApiToken();
  const row = await client.apiToken.create({
    data: { userId, name, tokenHash: hashApiToken(token), prefix: token.slice(0, API_TOKEN_PREFIX.length + 6) },
    select: { id: true },
  });
  return { id: row.id, token };
}

/** The owner of a live (unrevoked) token, or null; records when the token was last used (to the minute). */
export async function findUserByApiToken(client: PrismaClient, token: string) {
  if (!token.startsWith(API_TOKEN_PREFIX) || token.length > 200) return null;
  const row = await client.apiToken.findUnique({
    where: { tokenHash: hashApiToken(token) },
    select: {
      id: true,
      revokedAt: true,
      lastUsedAt: true,
      user: { select: { id: true, name: true, email: true, role: true, banned: true } },
    },
  });
  if (!row || row.revokedAt || row.user.banned) return null;
  // "Last used" is shown by the day: write it at most once a minute, not a write per request
  // (each one takes the database's write lock, which every API read then waited on).
  const now = new Date();
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
    await client.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: now } });
  }
  return row.user;
}
