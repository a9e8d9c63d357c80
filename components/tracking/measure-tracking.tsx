import { getFormatter, getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { listRecentEvents } from "@/lib/data/events";
import { getCurrentStatus, listStatusHistory } from "@/lib/data/status";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { EventList } from "./event-list";
import { FeedLink } from "./feed-link";
import { FollowControl } from "./follow-control";
import { StatusBadge } from "./status-badge";
import { StatusForm } from "./status-form";
import { getStatusFormLabels } from "./tracking-labels";

/** A measure page lists its newest events; the timeline has them all. */
const MEASURE_PAGE_EVENTS = 10;

/**
 * The measure page's tracking: current status, its full history, the measure's timeline events,
 * and (for a signed-in viewer, decided here on the server) the status form, the event link and
 * the follow button.
 */
export async function MeasureTracking({ measure, locale }: { measure: { id: string; slug: string }; locale: Locale }) {
  const [t, tt, format, viewer, current, history, { events, total: eventCount }] = await Promise.all([
    getTranslations("Status"),
    getTranslations("Timeline"),
    getFormatter(),
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
            <span className="text-sm text-slate-700">
              {t("changedOn", { date: format.dateTime(current.changedAt, { dateStyle: "long" }) })}
            </span>
          ) : (
            <span className="text-sm text-slate-700">{t("unreported")}</span>
          )}
        </p>
        {current.changedAt ? (
          <p className="mt-1 text-xs text-slate-600">{t(current.verified ? "verifiedHint" : "claimedHint")}</p>
        ) : null}

        <h3 className="mb-2 mt-6 font-bold">{t("historyHeading")}</h3>
        {history.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noHistory")}</p>
        ) : (
          <ol className="space-y-3 border-l-2 border-slate-200 pl-4" data-testid="status-history">
            {history.map((change) => (
              <li key={change.id} className="text-sm">
                <p className="flex flex-wrap items-center gap-2">
                  <StatusBadge status={change.status} verified={change.verified} />
                  <span className="text-slate-700">
                    {change.author.name} ·{" "}
                    <time dateTime={change.createdAt.toISOString()}>
                      {format.dateTime(change.createdAt, { dateStyle: "long", timeStyle: "short" })}
                    </time>
                  </span>
                </p>
                <p className="mt-1">
                  <span className="font-semibold">{t("reason")}: </span>
                  {change.reason}
                </p>
                <p className="mt-1">
                  <span className="font-semibold">{t("sources")}: </span>
                  {change.sourceUrls.map((url) => (
                    <a
                      key={url}
                      href={url}
                      className="mr-2 break-all text-brand-700 underline"
                      rel="noopener noreferrer nofollow"
                    >
                      {url}
                    </a>
                  ))}
                </p>
              </li>
            ))}
          </ol>
        )}
        <div className="mt-6">
          {viewer ? (
            <StatusForm measureId={measure.id} current={current.status} labels={await getStatusFormLabels()} />
          ) : (
            <p className="text-sm text-slate-700">{t("signInToEdit")}</p>
          )}
        </div>
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
