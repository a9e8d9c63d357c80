/**
 * Better Auth's admin plugin, narrowed to what the admin page uses: set a role, deactivate (ban) and
 * reactivate, set a password, sign a user out everywhere. Roles are ours (analyst | admin); the admin
 * role is granted only those four permissions, so impersonation, deletion and free-form user
 * updates are refused even to admins. The plugin's HTTP routes are all closed (closeAdminRoutes):
 * the only way in is the server actions, which add the guards the plugin lacks (no self-demotion,
 * never lose the last active admin).
 * (No "server-only": the user:create CLI builds Better Auth too.)
 */
import type { BetterAuthPlugin } from "better-auth";
import { admin } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";

const statements = {
  user: [
    "create",
    "list",
    "set-role",
    "ban",
    "impersonate",
    "impersonate-admins",
    "delete",
    "set-password",
    "set-email",
    "set-phone",
    "get",
    "update",
  ],
  session: ["list", "revoke", "delete"],
} as const;

const accessControl = createAccessControl(statements);

const roles = {
  analyst: accessControl.newRole({ user: [], session: [] }),
  admin: accessControl.newRole({ user: ["set-role", "ban", "set-password"], session: ["revoke"] }),
};

/** Said at sign-in to a deactivated account: plain, and without the reason or any other detail. */
export const DEACTIVATED_MESSAGE = "This account cannot sign in. Ask an administrator if you think this is a mistake.";

function isAdminRoute(request: Request): boolean {
  try {
    return /\/admin(\/|$)/i.test(decodeURIComponent(new URL(request.url).pathname));
  } catch {
    return false; // not a path the router can match either
  }
}

/**
 * Closes the plugin's HTTP routes (`/api/auth/admin/*`) with a JSON 404 like the rest of the API.
 * `onRequest` runs only for HTTP requests, never for `auth.api.*` calls made on the server.
 */
export function closeAdminRoutes(): BetterAuthPlugin {
  return {
    id: "close-admin-routes",
    async onRequest(request) {
      if (!isAdminRoute(request)) return;
      return { response: Response.json({ message: "Not found." }, { status: 404 }) };
    },
  };
}

export function adminPlugin() {
  return admin({
    ac: accessControl,
    roles,
    defaultRole: "analyst",
    adminRoles: ["admin"],
    allowImpersonatingAdmins: false,
    bannedUserMessage: DEACTIVATED_MESSAGE,
    defaultBanReason: "Deactivated by an administrator",
  });
}
