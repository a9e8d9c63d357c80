import createMiddleware from "next-intl/middleware";
import { routing } from "./lib/i18n/routing";

// Sends "/" and any path without a language to /ko or /en, from the NEXT_LOCALE cookie or the
// browser's Accept-Language.
export default createMiddleware(routing);

export const config = {
  // Everything but API routes, Next's own files, and files with an extension (sitemap.xml, …).
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
