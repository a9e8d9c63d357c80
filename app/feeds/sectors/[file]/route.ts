import { getSectorFeedTarget } from "@/lib/data/feeds";
import { NotFoundError } from "@/lib/errors";
import { atomResponse, feedTitle } from "@/lib/feeds/respond";
import { withErrorHandling } from "@/lib/http/responses";
import { localized } from "@/lib/i18n/localized";

type Context = { params: Promise<{ file: string }> };

/** GET /feeds/sectors/{id}.xml[?lang=en] — Atom feed of a sector's measures and notes. */
export async function GET(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const { file } = await params;
    const sector = file.endsWith(".xml") ? await getSectorFeedTarget(file.slice(0, -4)) : null;
    if (!sector) throw new NotFoundError("There is no feed at this address.");
    return atomResponse(request, {
      title: (locale) => feedTitle(locale, "sectorTitle", { sector: localized(sector, "name", locale) }),
      selfPath: `/feeds/sectors/${sector.id}.xml`,
      alternatePath: `/sectors/${sector.id}`,
      scope: { measureIds: [], sectorIds: [sector.id] },
    });
  });
}
