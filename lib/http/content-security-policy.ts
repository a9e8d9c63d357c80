/**
 * The Content-Security-Policy of the app, in one place.
 *
 * Pages get a fresh nonce per request from proxy.ts: Next reads it from the request's
 * Content-Security-Policy header and puts it on every <script> it renders, and 'strict-dynamic'
 * lets those scripts load the route's chunks. No other script runs — no inline handler, no
 * injected <script>. Styles allow 'unsafe-inline': React renders `style` attributes (a progress
 * bar's width) and Next its route announcer's, which no nonce can cover; a stylesheet cannot run
 * code, and every value in them comes from the server, not from user input.
 */
import { env } from "../env";

const ALWAYS = [
  "default-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "frame-ancestors 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "object-src 'none'",
];

/** `next dev` evaluates its modules with eval(); the production build never does. */
const DEV_EVAL = env.NODE_ENV === "development" ? " 'unsafe-eval'" : "";

/** The policy of an HTML response rendered with `nonce`. */
export function pagePolicy(nonce: string): string {
  return [`script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${DEV_EVAL}`, ...ALWAYS].join("; ");
}

/** The nonce a page policy allows, or null for a policy without one. */
export function nonceInPolicy(policy: string): string | null {
  return /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1] ?? null;
}

/** The policy of responses the proxy does not see (static chunks): no inline script at all. */
export const STATIC_POLICY = ["script-src 'self'", ...ALWAYS].join("; ");

/** 128 random bits, base64: unguessable, and new for every request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
