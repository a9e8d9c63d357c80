import "server-only";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";

export async function listUsers() {
  return db.user.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, email: true, role: true, createdAt: true } });
}

export async function listApiTokens(userId: string) {
  return db.apiToken.findMany({
    where: { userId, revokedAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true },
  });
}

/** A new personal API token for the user, in plain text this once. */
export async function createApiToken(userId: string, name: string): Promise<string> {
  return (await issueApiToken(db, userId, name)).token;
}

/** Revokes one of the user's own tokens; returns false when there is no such live token. */
export async function revokeApiToken(userId: string, tokenId: string): Promise<boolean> {
  const { count } = await db.apiToken.updateMany({ where: { id: tokenId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count === 1;
}
