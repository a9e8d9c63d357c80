import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { STATIC_POLICY } from "./lib/http/content-security-policy";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** Sent with every response: no sniffing, no framing, no leaking full URLs to other sites. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // proxy.ts replaces this with a per-request nonce policy on everything but Next's static files.
  { key: "Content-Security-Policy", value: STATIC_POLICY },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The build checks the app's types only: tests need the test tools' types, which a production
  // install (npm install --omit=dev) does not have, nor do the migration-authoring tools
  // (prisma/migrate.ts, prisma/engine). `npm run typecheck` checks everything.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  // better-sqlite3 is a native addon; load it from node_modules at run time, never bundle it.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
};

export default withNextIntl(nextConfig);
