import { NextRequest, NextResponse } from "next/server";
import createMiddleware from "next-intl/middleware";
import { createNonce, pagePolicy } from "./lib/http/content-security-policy";
import { isLocalizedPath } from "./lib/i18n/paths";
import { routing } from "./lib/i18n/routing";

// Sends "/" and any path without a language to /ko or /en, from the NEXT_LOCALE cookie or the
// browser's Accept-Language.
const handleI18nRouting = createMiddleware(routing);

/**
 * Every response the proxy sees gets a Content-Security-Policy with a nonce of its own. Next reads
 * the nonce from the request's CSP header when it renders the page, so the header is set on the
 * forwarded request as well as on the response.
 */
export default function proxy(request: NextRequest) {
  const policy = pagePolicy(createNonce());
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);

  let pathname: string;
  try {
    pathname = decodeURI(request.nextUrl.pathname);
  } catch {
    // Bad percent-encoding (/%E0%A4%A): nothing can be routed; a plain 400 instead of a crash.
    const message = "The address is not valid (bad percent-encoding).";
    const response = request.nextUrl.pathname.startsWith("/api/")
      ? NextResponse.json({ error: message }, { status: 400 })
      : new NextResponse(message, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
    response.headers.set("content-security-policy", policy);
    return response;
  }

  const response = isLocalizedPath(pathname, routing.locales)
    ? handleI18nRouting(new NextRequest(request.url, { headers }))
    : NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  // Every page and route handler (pages, root-level 404s, feeds, exports, the API); not Next's
  // static chunks and images, which next.config.ts gives a nonce-less policy.
  matcher: "/((?!_next/static|_next/image).*)",
};
