import { getTranslations } from "next-intl/server";
import { MeasureIdBadge } from "@/components/plan/measure-id-badge";
import { getViewer } from "@/lib/auth/session";
import type { TimelineEvent } from "@/lib/data/events";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import { localized, publisherName } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { EventProvenance, FurtherSources } from "./event-provenance";

function pick(en: string | null, ko: string | null, locale: Locale) {
  return (locale === "ko" ? (ko ?? en) : (en ?? ko)) ?? "";
}

/** Timeline events, newest first. */
export async function EventList({
  events,
  locale,
  editable = false,
}: {
  events: TimelineEvent[];
  locale: Locale;
  editable?: boolean;
}) {
  return (
    <ol className="space-y-4" data-testid="event-list">
      {events.map((event) => (
        <EventCard key={event.id} event={event} locale={locale} editable={editable} />
      ))}
    </ol>
  );
}

/**
 * One event: date, type, title, summary, source and the measures concerned; `editable` offers a
 * signed-in viewer the edit link of an analyst's event (seeded events are read-only).
 */
export async function EventCard({
  event,
  locale,
  editable = false,
}: {
  event: TimelineEvent;
  locale: Locale;
  editable?: boolean;
}) {
  const [t, format, viewer] = await Promise.all([getTranslations("Timeline"), getDateFormatter(), getViewer()]);
  const title = pick(event.titleEn, event.titleKo, locale);
  const summary = pick(event.summaryEn, event.summaryKo, locale);
  return (
    <li id={`event-${event.id}`} className="scroll-mt-4 rounded-lg border border-slate-200 p-4" data-kind="event">
      <p className="text-sm text-slate-700">
        <time dateTime={event.occurredOn} className="font-semibold text-slate-900">
          {format.day(event.occurredOn)}
        </time>{" "}
        · <span className="rounded bg-slate-100 px-1.5 py-0.5">{t(`types.${event.type}`)}</span>
      </p>
      <h3 className="mt-1 font-bold">
        {title}
        {event.titleIsDescription ? (
          <span className="ml-2 text-sm font-normal italic text-slate-600">({t("description")})</span>
        ) : null}
      </h3>
      <EventProvenance event={event} />
      {summary ? <p className="mt-1 text-sm text-slate-700">{summary}</p> : null}
      <p className="mt-2 text-sm">
        <span className="font-semibold">{t("source")}: </span>
        {event.sourceUrl ? (
          <a href={event.sourceUrl} className="break-all text-brand-700 underline" rel="noopener noreferrer nofollow">
            {event.sourceUrl}
          </a>
        ) : event.sourceDocument ? (
          <span>
            {event.sourceDocument.identifier ? `${event.sourceDocument.identifier} — ` : ""}
            {localized(event.sourceDocument, "title", locale)} ({publisherName(event.sourceDocument, locale)})
          </span>
        ) : null}
      </p>
      <FurtherSources urls={event.sourceUrls} />
      <div className="mt-2 text-sm">
        <span className="font-semibold">{t("concerns")}: </span>
        {event.measures.length === 30 ? (
          t("allMeasures")
        ) : (
          <ul className="inline">
            {event.measures.map((measure) => (
              <li key={measure.id} className="mr-2 inline">
                <Link href={`/measures/${measure.slug}`} className="text-brand-700 hover:underline">
                  <MeasureIdBadge id={measure.id} />
                  {localized(measure, "title", locale)}
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p className="mt-2 text-xs text-slate-600">
        {event.seedKey ? t("seeded") : event.createdBy ? t("addedBy", { name: event.createdBy.name }) : null}
        {" · "}
        {/* When it was recorded is a moment; when it happened (above) is a day and shows no time. */}
        <time dateTime={event.createdAt.toISOString()}>
          {t("recorded", { date: format.dateTime(event.createdAt) })}
        </time>
        {/* Only analysts can edit: signed-out readers (and the page cache's shared copy) get no link. */}
        {editable && viewer && !event.seedKey ? (
          <>
            {" · "}
            <Link href={`/events/${event.id}/edit`} className="text-brand-700 underline">
              {t("editEvent")}
            </Link>
          </>
        ) : null}
      </p>
    </li>
  );
}
