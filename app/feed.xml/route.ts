import { atomResponse, feedTitle } from "@/lib/feeds/respond";
import { withErrorHandling } from "@/lib/http/responses";

/** GET /feed.xml[?lang=en] — Atom feed of what's new: events, status changes and shared notes. */
export async function GET(request: Request) {
  return withErrorHandling(() =>
    atomResponse(request, {
      title: (locale) => feedTitle(locale, "whatsNewTitle"),
      selfPath: "/feed.xml",
      alternatePath: "/whats-new",
    }),
  );
}
