/**
 * Better Auth's own HTTP routes that change who someone is. The app changes names, passwords and
 * e-mail addresses only through its validated server actions (the account and admin pages), so:
 * update-user (name and image, unvalidated: "Admin", 200,000 characters, bidi overrides, an image
 * of javascript:), change-email, change-password (which skipped the token revocation and the
 * lockout of the account page) and delete-user answer a JSON 404 over HTTP; open sign-up follows
 * the one name rule and sets no image. `onRequest` runs only for HTTP requests, never for the
 * `auth.api.*` calls the server actions make. (No "server-only": the user:create CLI loads it.)
 */
import type { BetterAuthPlugin } from "better-auth";
import { personName } from "@/lib/validations/text";

const CLOSED = /\/api\/auth\/(update-user|change-email|change-password|delete-user)\/?$/i;
const SIGN_UP = /\/api\/auth\/sign-up\/email\/?$/i;

function pathOf(request: Request): string {
  try {
    return decodeURIComponent(new URL(request.url).pathname);
  } catch {
    return "";
  }
}

export function closeAccountRoutes(): BetterAuthPlugin {
  return {
    id: "close-account-routes",
    async onRequest(request) {
      const path = pathOf(request);
      if (CLOSED.test(path)) return { response: Response.json({ message: "Not found." }, { status: 404 }) };
      if (!SIGN_UP.test(path)) return;
      const body = (await request
        .clone()
        .json()
        .catch(() => null)) as { name?: unknown; image?: unknown } | null;
      const name = personName.safeParse(body?.name);
      if (!name.success) return { response: Response.json({ message: name.error.issues[0].message }, { status: 422 }) };
      if (body?.image !== undefined && body.image !== null)
        return { response: Response.json({ message: "Accounts have no picture." }, { status: 422 }) };
    },
  };
}
