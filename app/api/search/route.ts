import { type NextRequest, NextResponse } from "next/server";
import { authenticateRequest } from "@/lib/auth/session";
import { refuseOtherMethods } from "@/lib/http/methods";
import { withErrorHandling } from "@/lib/http/responses";
import { searchDocuments } from "@/lib/search/search";
import { snippetToHtml } from "@/lib/search/snippet";
import { searchApiQuerySchema } from "@/lib/validations/search";

/**
 * GET /api/search?q=&pillar=&sector=&policy=&type=&limit=&offset=&lang=
 * → { query, total, totalIsExact, results: [{ type, id, slug, href, title, snippet, pillar, sectors, score }] }.
 * `snippet` is HTML-escaped text with the matches wrapped in <mark>.
 */
export async function GET(request: NextRequest) {
  return withErrorHandling(async () => {
    const params = searchApiQuerySchema.parse(Object.fromEntries(request.nextUrl.searchParams));
    const viewer = await authenticateRequest(request);
    const { lang, ...search } = params;
    const response = await searchDocuments({ ...search, locale: lang }, viewer);
    return NextResponse.json(
      {
        query: response.query,
        total: response.total,
        totalIsExact: response.totalIsExact,
        results: response.results.map((result) => ({
          type: result.type,
          id: result.id,
          slug: result.slug,
          href: `/${lang}${result.href}`,
          title: result.title,
          snippet: snippetToHtml(result.snippet),
          pillar: result.pillar?.id ?? null,
          sectors: result.sectors.map((sector) => sector.id),
          score: Math.round(result.score * 1000) / 1000,
        })),
      },
      {
        // Anonymous answers are the same for everyone; a signed-in viewer's include their notes.
        headers: {
          "Cache-Control": viewer
            ? "private, max-age=0, must-revalidate"
            : "public, max-age=30, stale-while-revalidate=300",
          Vary: "Cookie, Authorization",
        },
      },
    );
  });
}

export const { POST, PUT, PATCH, DELETE } = refuseOtherMethods("GET");
