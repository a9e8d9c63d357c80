import "server-only";
import { isAPIError } from "better-auth/api";
import { countActiveAdmins, findManagedUser } from "@/lib/data/users";
import { DomainError, ForbiddenError, NotFoundError } from "@/lib/errors";
import { FifoLock } from "@/lib/fifo-lock";
import { auth } from "./auth";
import type { Role } from "./roles";
import type { Viewer } from "./session";

/**
 * An admin's changes to other accounts, through Better Auth's admin plugin, with the guards the
 * plugin does not have. Callers have already checked that the viewer is an admin; the plugin checks
 * it again from the session in `headers`.
 */

type ManagedUser = NonNullable<Awaited<ReturnType<typeof findManagedUser>>>;

export type AccountGuard = "self" | "lastAdmin" | "selfPassword";

const GUARD_MESSAGES: Record<AccountGuard, string> = {
  self: "Admins cannot change their own role or deactivate themselves.",
  lastAdmin: "The last active admin must stay an active admin.",
  selfPassword: "Admins change their own password on their account page.",
};

/** A change the rules refuse: the form says why (in the page's language); nothing was changed. */
export class AccountGuardError extends DomainError {
  constructor(readonly guard: AccountGuard) {
    super(GUARD_MESSAGES[guard], 409);
  }
}

async function findTarget(userId: string) {
  const target = await findManagedUser(userId);
  if (!target) throw new NotFoundError();
  return target;
}

function refuseOwnAccount(actor: Viewer, target: { id: string }, guard: AccountGuard): void {
  if (target.id === actor.id) throw new AccountGuardError(guard);
}

/** Refuses a change that would leave no active admin (an admin losing the role or deactivated). */
async function keepAnActiveAdmin(target: { role: string; active: boolean }): Promise<void> {
  if (target.role === "admin" && target.active && (await countActiveAdmins()) <= 1)
    throw new AccountGuardError("lastAdmin");
}

/**
 * Role changes and deactivations run one at a time: the last-admin check and the change are two
 * steps, and two admins demoting each other at the same moment would otherwise both pass the
 * check and leave no admin. One server process serves the app (SQLite), so a queue here is the
 * whole of it.
 */
const accountChanges = new FifoLock();

/** The plugin's own refusals become our typed errors, so a form shows a message, never a 500. */
async function throughPlugin<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (isAPIError(error)) throw error.statusCode === 404 ? new NotFoundError() : new ForbiddenError();
    throw error;
  }
}

export function changeRole(
  actor: Viewer,
  headers: Headers,
  input: { userId: string; role: Role },
): Promise<ManagedUser> {
  return accountChanges.run(async () => {
    const target = await findTarget(input.userId);
    // The last admin hears that reason first: it is the one that matters when they try to step down.
    if (input.role !== "admin") await keepAnActiveAdmin(target);
    refuseOwnAccount(actor, target, "self");
    if (target.role === input.role) return target;
    await throughPlugin(() => auth.api.setRole({ body: { userId: target.id, role: input.role }, headers }));
    return target;
  });
}

/** Sign-in is refused from now on and every session ends at once (the plugin deletes them); notes stay. */
export function deactivateAccount(actor: Viewer, headers: Headers, input: { userId: string }): Promise<ManagedUser> {
  return accountChanges.run(async () => {
    const target = await findTarget(input.userId);
    await keepAnActiveAdmin(target);
    refuseOwnAccount(actor, target, "self");
    await throughPlugin(() => auth.api.banUser({ body: { userId: target.id }, headers }));
    return target;
  });
}

export async function reactivateAccount(
  actor: Viewer,
  headers: Headers,
  input: { userId: string },
): Promise<ManagedUser> {
  const target = await findTarget(input.userId);
  refuseOwnAccount(actor, target, "self");
  await throughPlugin(() => auth.api.unbanUser({ body: { userId: target.id }, headers }));
  return target;
}

/** A new password for someone who forgot theirs; every session they had is signed out. */
export async function setAccountPassword(
  actor: Viewer,
  headers: Headers,
  input: { userId: string; newPassword: string },
): Promise<ManagedUser> {
  const target = await findTarget(input.userId);
  refuseOwnAccount(actor, target, "selfPassword");
  await throughPlugin(async () => {
    await auth.api.setUserPassword({ body: { userId: target.id, newPassword: input.newPassword }, headers });
    await auth.api.revokeUserSessions({ body: { userId: target.id }, headers });
  });
  return target;
}
