import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The build checks the app's types only: tests need the test tools' types, which a production
  // install (npm install --omit=dev) does not have, nor do the migration-authoring tools
  // (prisma/migrate.ts, prisma/engine). `npm run typecheck` checks everything.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  // better-sqlite3 is a native addon; load it from node_modules at run time, never bundle it.
  // (pdfkit and fontkit are never bundled: the brief's PDF is laid out in a worker thread that
  // Node loads itself, lib/briefs/pdf-worker.mjs.)
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
};

export default withNextIntl(nextConfig);
