import "server-only";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";

export async function listUsers() {
  const users = await db.user.findMany({
    orderBy: { createdAt: "asc" },
    select: { id: true, name: true, email: true, role: true, banned: true, createdAt: true },
  });
  return users.map(({ banned, ...user }) => ({ ...user, active: !banned }));
}

/** The account an admin acts on, or null when there is none. */
export async function findManagedUser(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, email: true, role: true, banned: true },
  });
  return user && { id: user.id, name: user.name, email: user.email, role: user.role, active: !user.banned };
}

/** Admins who can still sign in: the app must never be left without one. */
export async function countActiveAdmins(): Promise<number> {
  // banned is nullable: NOT { banned: true } would also drop the NULL rows in SQL.
  return db.user.count({ where: { role: "admin", OR: [{ banned: false }, { banned: null }] } });
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
  const { count } = await db.apiToken.updateMany({
    where: { id: tokenId, userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count === 1;
}

/** Revokes every live token of the user (on a password change); returns how many. */
export async function revokeAllApiTokens(userId: string): Promise<number> {
  const { count } = await db.apiToken.updateMany({
    where: { userId, revokedAt: null },
    data: { revokedAt: new Date() },
  });
  return count;
}

/** Sets the user's display name; callers pass a name already checked by the one name rule. */
export async function renameUser(userId: string, name: string): Promise<void> {
  await db.user.update({ where: { id: userId }, data: { name } });
}
