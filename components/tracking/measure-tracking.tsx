import { getTranslations } from "next-intl/server";
import { MeasureDerivation } from "@/components/actions/measure-derivation";
import { StatusHistory } from "@/components/actions/status-history";
import { getViewer } from "@/lib/auth/session";
import { listRecentEvents } from "@/lib/data/events";
import { getCurrentStatus, listStatusHistory } from "@/lib/data/status";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { EventList } from "./event-list";
import { FeedLink } from "./feed-link";
import { FollowControl } from "./follow-control";
import { StatusBadge } from "./status-badge";

/** A measure page lists its newest events; the timeline has them all. */
const MEASURE_PAGE_EVENTS = 10;

/**
 * The measure page's tracking: its status derived from its actions (where changes are recorded),
 * the full history, the measure's timeline events, and (for a signed-in viewer, decided here on the
 * server) the event link and the follow button.
 */
export async function MeasureTracking({ measure, locale }: { measure: { id: string; slug: string }; locale: Locale }) {
  const [t, tt, format, viewer, current, history, { events, total: eventCount }] = await Promise.all([
    getTranslations("Status"),
    getTranslations("Timeline"),
    getDateFormatter(),
    getViewer(),
    getCurrentStatus(measure.id),
    listStatusHistory(measure.id),
    listRecentEvents({ measure: measure.id }, MEASURE_PAGE_EVENTS),
  ]);
  return (
    <>
      <section aria-labelledby="status-heading" data-testid="measure-status">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="status-heading" className="text-lg font-bold">
            {t("heading")}
          </h2>
          <FollowControl viewer={viewer} target={{ kind: "measure", id: measure.id }} />
        </div>
        <p className="flex flex-wrap items-center gap-2">
          {/* Nothing recorded is not a claim: say only that no status exists yet. */}
          <StatusBadge
            status={current.status}
            verified={current.verified}
            showVerification={Boolean(current.changedAt)}
          />
          {current.changedAt ? (
            <span className="text-sm text-slate-700">{t("changedOn", { date: format.date(current.changedAt) })}</span>
          ) : (
            <span className="text-sm text-slate-700">{t("unreported")}</span>
          )}
        </p>
        {current.changedAt ? (
          <p className="mt-1 text-xs text-slate-600">{t(current.verified ? "verifiedHint" : "claimedHint")}</p>
        ) : null}
        <MeasureDerivation measureId={measure.id} current={current} locale={locale} />

        <h3 className="mb-2 mt-6 font-bold">{t("historyHeading")}</h3>
        {/* Its actions' changes, each tagged with its action, and the older measure-level ones. */}
        <StatusHistory entries={history} />
        {viewer ? null : <p className="mt-6 text-sm text-slate-700">{t("signInToEdit")}</p>}
      </section>

      <section aria-labelledby="events-heading">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="events-heading" className="text-lg font-bold">
            {tt("measureHeading")}
          </h2>
          <p className="flex flex-wrap gap-3 text-sm">
            {viewer ? (
              <Link
                href={{ pathname: "/events/new", query: { measure: measure.id } }}
                className="font-semibold text-brand-700 underline"
              >
                {tt("addEvent")}
              </Link>
            ) : null}
            <FeedLink href={`/feeds/measures/${measure.slug}.xml?lang=${locale}`} kind="subscribeMeasure" />
          </p>
        </div>
        {events.length === 0 ? (
          <p className="text-sm text-slate-700">{tt("noMeasureEvents")}</p>
        ) : (
          <EventList events={events} locale={locale} editable />
        )}
        {eventCount > events.length ? (
          <p className="mt-3 text-sm">
            <Link
              href={{ pathname: "/timeline", query: { measure: measure.id } }}
              className="font-semibold text-brand-700 underline"
            >
              {tt("allMeasureEvents", { total: eventCount })}
            </Link>
          </p>
        ) : null}
      </section>
    </>
  );
}
