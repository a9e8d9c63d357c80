/**
 * The app's environment variables, read from process.env once, when this module is first
 * imported (the server's start), and validated with zod: a bad value stops the start with a
 * message naming the variable instead of surfacing later as odd behaviour. The rest of the app
 * reads `env`, never process.env. docs/environment.md lists every variable.
 *
 * Two exceptions read process.env themselves, on purpose: lib/db/database-url.ts (DATABASE_URL,
 * which scripts and tests point at another file at run time) and prisma.config.ts (Prisma's CLI).
 */
import { z } from "zod";

const DEFAULT_SITE_URL = "http://localhost:3000";

/** "" counts as unset: `FOO= npm start` must behave like no FOO at all. */
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());
const flag = optional(z.enum(["true", "false"]).transform((value) => value === "true"));
const count = (fallback: number) =>
  z.preprocess((value) => (value === "" ? undefined : value), z.coerce.number().int().min(0).default(fallback));
const origin = optional(z.url({ protocol: /^https?$/ }).transform((value) => value.replace(/\/+$/, "")));

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: optional(z.string()),
  PORT: count(3000),
  SITE_URL: origin,
  BETTER_AUTH_URL: origin,
  BETTER_AUTH_SECRET: optional(z.string().trim().min(32, "BETTER_AUTH_SECRET: at least 32 characters")),
  OPEN_SIGN_UP: flag.default(false),
  AUTH_SECURE_COOKIES: flag,
  WRITE_RATE_LIMIT: count(120),
  WRITE_RATE_WINDOW_SECONDS: count(60),
  TRUST_PROXY_HOPS: z.preprocess(
    (value) => (value === "" ? undefined : value),
    z.coerce.number().int().min(0).max(9, "TRUST_PROXY_HOPS: 0 to 9 proxies").default(0),
  ),
  FEDERAL_REGISTER_API_URL: origin,
  /** Checked against Intl by lib/i18n/deployment-time-zone.ts (it needs the runtime's zone list). */
  DISPLAY_TIME_ZONE: optional(z.string().trim()),
  USER_PASSWORD: optional(z.string()),
});

export type Env = z.output<typeof envSchema>;

/** Parses `source` (process.env by default); throws naming every bad variable. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
  throw new Error(`Invalid environment: ${problems} (see docs/environment.md)`);
}

export const env: Env = readEnv();

/**
 * The site's public origin for absolute links (metadata, sitemap, robots, feeds): SITE_URL, else
 * the origin the request came to, else http://localhost:3000. No trailing slash.
 */
export function siteUrl(requestOrigin?: string): string {
  return (env.SITE_URL ?? requestOrigin ?? DEFAULT_SITE_URL).replace(/\/+$/, "");
}
