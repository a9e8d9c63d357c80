/**
 * Sent with every response: no sniffing, no framing, no leaking full URLs to other sites. Next
 * adds them to its own responses (next.config.ts); the request gate (lib/server/request-gate.ts)
 * to the refusals it sends before Next sees a request.
 */
import { STATIC_POLICY } from "./content-security-policy";

export const SECURITY_HEADERS: { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // proxy.ts replaces this with a per-request nonce policy on everything but Next's static files.
  { key: "Content-Security-Policy", value: STATIC_POLICY },
];
