import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/tracking/status-badge";
import type { MeasureOverview } from "@/lib/data/measure-overview";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import type { Locale } from "@/lib/i18n/routing";

/** Under a measure in a list: its status, and (signed in) how many notes and its latest event. */
export async function MeasureOverviewLine({ overview, locale }: { overview: MeasureOverview; locale: Locale }) {
  const [t, tNotes, format] = await Promise.all([
    getTranslations("Overview"),
    getTranslations("Notes"),
    getDateFormatter(),
  ]);
  const event = overview.latestEvent;
  const eventTitle = event
    ? ((locale === "ko" ? event.titleKo : event.titleEn) ?? event.titleEn ?? event.titleKo)
    : null;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700" data-testid="measure-overview">
      <StatusBadge status={overview.status.status} verified={overview.status.verified} showVerification={false} />
      {overview.noteCount !== null ? <span>{tNotes("countLabel", { count: overview.noteCount })}</span> : null}
      {event ? (
        <span className="min-w-0">
          <span className="text-slate-600">{t("latestEvent")}</span>{" "}
          {/* A date-only event: a calendar day, which no zone moves. */}
          <time dateTime={event.occurredOn}>{format.day(event.occurredOn)}</time>
          {eventTitle ? ` · ${eventTitle}` : null}
        </span>
      ) : null}
    </div>
  );
}
