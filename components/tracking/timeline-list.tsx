import { getTranslations } from "next-intl/server";
import { MeasureIdBadge } from "@/components/plan/measure-id-badge";
import type { TimelineEntry } from "@/lib/data/timeline";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { EventCard } from "./event-list";
import { StatusBadge } from "./status-badge";

type StatusEntry = Extract<TimelineEntry, { kind: "status" }>["change"];

async function StatusChangeCard({ change, locale }: { change: StatusEntry; locale: Locale }) {
  const [t, ts, format] = await Promise.all([
    getTranslations("Timeline"),
    getTranslations("Status"),
    getDateFormatter(),
  ]);
  return (
    <li className="rounded-lg border border-slate-200 border-l-4 border-l-brand-700 p-4" data-kind="status">
      <p className="text-sm text-slate-700">
        <time dateTime={change.createdAt.toISOString()} className="font-semibold text-slate-900">
          {format.date(change.createdAt)}
        </time>{" "}
        · <span className="rounded bg-slate-100 px-1.5 py-0.5">{t("types.status-change")}</span>
      </p>
      <h3 className="mt-1 flex flex-wrap items-center gap-2 font-bold">
        <Link href={`/measures/${change.measure.slug}`} className="text-brand-700 hover:underline">
          <MeasureIdBadge id={change.measure.id} />
          {localized(change.measure, "title", locale)}
        </Link>
        <StatusBadge status={change.status} verified={change.verified} />
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        <span className="font-semibold">{ts("reason")}: </span>
        {change.reason}
      </p>
      <p className="mt-1 text-sm">
        <span className="font-semibold">{ts("sources")}: </span>
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
      <p className="mt-2 text-xs text-slate-600">{t("addedBy", { name: change.author })}</p>
    </li>
  );
}

/** The timeline: events and status changes, newest date first. */
export function TimelineList({ entries, locale }: { entries: TimelineEntry[]; locale: Locale }) {
  return (
    <ol className="space-y-4" data-testid="timeline">
      {entries.map((entry) =>
        entry.kind === "event" ? (
          <EventCard key={`event-${entry.event.id}`} event={entry.event} locale={locale} editable />
        ) : (
          <StatusChangeCard key={`status-${entry.change.id}`} change={entry.change} locale={locale} />
        ),
      )}
    </ol>
  );
}
