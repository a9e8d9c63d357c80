/**
 * Better Auth, configured once for this app. lib/auth/auth.ts builds the app's instance on the
 * shared Prisma client; the user:create CLI builds one on its own client (it runs outside Next,
 * hence no "server-only" here).
 */

import type { BetterAuthPlugin } from "better-auth";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, getIP, isAPIError } from "better-auth/api";
import type { PrismaClient } from "@/lib/db/client";
import { type Env, env } from "../env";
import { closeAccountRoutes } from "./account-routes";
import { adminPlugin, closeAdminRoutes } from "./admin-plugin";
import { resolveAuthSecret } from "./secret";
import { clearFailedSignIns, lockedUntil, recordFailedSignIn, throttleKeys } from "./sign-in-throttle";

export const SIGN_IN_LOCKED_MESSAGE = "Too many failed sign-ins. Try again in a few minutes.";

/** Open sign-up is off unless OPEN_SIGN_UP=true: admins create analysts from the admin page. */
export function isOpenSignUp(): boolean {
  return env.OPEN_SIGN_UP;
}

/**
 * Secure cookies in production unless AUTH_SECURE_COOKIES=false (plain-http test servers on
 * 127.0.0.1); always httpOnly and SameSite=Lax.
 */
function wantsSecureCookies(settings: Env): boolean {
  return settings.AUTH_SECURE_COOKIES ?? settings.NODE_ENV === "production";
}

function clientIp(ctx: { request?: Request; headers?: Headers }, options: Parameters<typeof getIP>[1]): string | null {
  const source = ctx.request ?? ctx.headers;
  return source ? getIP(source, options) : null;
}

/**
 * Requests from the page's own origin (Origin equal to the Host it was sent to) are trusted, plus
 * BETTER_AUTH_URL / SITE_URL; so the app works behind any host name without a setting while
 * cross-site posts are still refused.
 */
function trustedOrigins(request?: Request): string[] {
  const origins = [env.BETTER_AUTH_URL, env.SITE_URL].filter((url): url is string => !!url);
  const host = request?.headers.get("host");
  if (request && host) origins.push(`${new URL(request.url).protocol}//${host}`);
  return origins;
}

function signInEmail(body: unknown): string | undefined {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email : undefined;
}

/** `settings` is the environment (tests pass another to see production's cookies). */
export function createAuth(client: PrismaClient, plugins: BetterAuthPlugin[] = [], settings: Env = env) {
  const options = {
    appName: "AI Action Plan Tracker",
    baseURL: settings.BETTER_AUTH_URL,
    secret: resolveAuthSecret(),
    trustedOrigins,
    database: prismaAdapter(client, { provider: "sqlite" }),
    emailAndPassword: {
      enabled: true,
      disableSignUp: !isOpenSignUp(),
      minPasswordLength: 10,
      maxPasswordLength: 128,
    },
    user: {
      // Nobody sets their own role: input false keeps it out of sign-up and update bodies.
      additionalFields: { role: { type: "string", required: false, defaultValue: "analyst", input: false } },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Better Auth's own per-IP limiter on its HTTP routes; the lockout below covers server actions too.
    // The session check answers from the cookie and costs little: not worth limiting.
    rateLimit: { enabled: true, storage: "memory", window: 60, max: 100, customRules: { "/get-session": false } },
    advanced: {
      // Explicit, so the origin (CSRF) check also runs under test runners, where Better Auth would skip it.
      disableOriginCheck: false,
      useSecureCookies: wantsSecureCookies(settings),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const keys = throttleKeys(signInEmail(ctx.body), clientIp(ctx, options));
        const until = await lockedUntil(client, keys);
        if (until) {
          const retryAfter = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 1000));
          throw new APIError(
            "TOO_MANY_REQUESTS",
            { message: SIGN_IN_LOCKED_MESSAGE },
            { "Retry-After": String(retryAfter) },
          );
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== "/sign-in/email") return;
        const email = signInEmail(ctx.body);
        const returned = ctx.context.returned;
        if (isAPIError(returned)) {
          if (returned.statusCode === 401) {
            await recordFailedSignIn(client, throttleKeys(email, clientIp(ctx, options)));
          }
        } else {
          await clearFailedSignIns(client, email);
        }
      }),
    },
    // Account management runs only through the admin page's guarded server actions.
    plugins: [adminPlugin(), closeAdminRoutes(), closeAccountRoutes(), ...plugins],
  } satisfies Parameters<typeof betterAuth>[0];
  return betterAuth(options);
}

export type Auth = ReturnType<typeof createAuth>;
