import { deadlineCalendarResponse } from "@/lib/calendar/respond";
import { getMeasureFeedTarget } from "@/lib/data/feeds";
import { NotFoundError } from "@/lib/errors";
import { atomResponse, feedTitle } from "@/lib/feeds/respond";
import { withErrorHandling } from "@/lib/http/responses";
import { localized } from "@/lib/i18n/localized";

type Context = { params: Promise<{ file: string }> };

/**
 * GET /feeds/measures/{slug}.xml[?lang=en] — Atom feed of one measure's activity;
 * GET /feeds/measures/{slug}.ics — iCalendar of its deadlines.
 */
export async function GET(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const { file } = await params;
    if (file.endsWith(".ics")) {
      const target = await getMeasureFeedTarget(file.slice(0, -4));
      if (!target) throw new NotFoundError("There is no calendar at this address.");
      return deadlineCalendarResponse(request, `${target.id} ${target.titleEn} — deadlines / 기한`, {
        measureId: target.id,
      });
    }
    const measure = file.endsWith(".xml") ? await getMeasureFeedTarget(file.slice(0, -4)) : null;
    if (!measure) throw new NotFoundError("There is no feed at this address.");
    return atomResponse(request, {
      title: (locale) =>
        feedTitle(locale, "measureTitle", { measure: `${measure.id} ${localized(measure, "title", locale)}` }),
      selfPath: `/feeds/measures/${measure.slug}.xml`,
      alternatePath: `/measures/${measure.slug}`,
      scope: { measureIds: [measure.id], sectorIds: [] },
    });
  });
}
