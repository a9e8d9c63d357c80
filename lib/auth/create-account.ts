/**
 * Creating an account with a password, for the admin page and the user:create CLI. Better Auth
 * hashes the password (scrypt) and writes the user and its credential account.
 * (No "server-only": the CLI runs it outside Next.)
 */

import { ConflictError } from "@/lib/errors";
import type { Auth } from "./create-auth";
import type { Role } from "./roles";

export type NewAccount = { email: string; name: string; role: Role; password: string };

export async function createAccount(auth: Auth, input: NewAccount): Promise<{ id: string; email: string }> {
  const ctx = await auth.$context;
  const email = input.email.trim().toLowerCase();
  if (await ctx.internalAdapter.findUserByEmail(email)) {
    throw new ConflictError("An account with this e-mail address already exists.");
  }
  const passwordHash = await ctx.password.hash(input.password);
  const user = await ctx.internalAdapter.createUser(
    { email, name: input.name.trim(), emailVerified: true, role: input.role },
    { method: "admin" },
  );
  await ctx.internalAdapter.linkAccount({
    userId: user.id,
    providerId: "credential",
    accountId: user.id,
    password: passwordHash,
  });
  return { id: user.id, email: user.email };
}
