import { getTranslations } from "next-intl/server";
import { DeadlineCard } from "@/components/deadlines/deadline-list";
import { MeasureIdBadge } from "@/components/plan/measure-id-badge";
import type { DeadlineView } from "@/lib/data/deadlines";
import type { TimelineEntry } from "@/lib/data/timeline";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { EditorialBadge } from "./editorial-badge";
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
        <time
          dateTime={change.seedKey ? change.createdAt.toISOString().slice(0, 10) : change.createdAt.toISOString()}
          className="font-semibold text-slate-900"
        >
          {format.date(change.createdAt)}
        </time>{" "}
        · <span className="rounded bg-slate-100 px-1.5 py-0.5">{t("types.status-change")}</span>
        {change.seedKey ? (
          <>
            {" "}
            <EditorialBadge />
          </>
        ) : null}
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

type Row = { kind: "entry"; entry: TimelineEntry } | { kind: "due"; deadline: DeadlineView };

/** Entries (already newest first) and deadlines merged by date; a deadline comes first on its day. */
function mergeByDate(entries: TimelineEntry[], due: DeadlineView[]): Row[] {
  const rows: Row[] = [];
  let next = 0;
  for (const entry of entries) {
    while (next < due.length && due[next].dueOn >= entry.date) rows.push({ kind: "due", deadline: due[next++] });
    rows.push({ kind: "entry", entry });
  }
  while (next < due.length) rows.push({ kind: "due", deadline: due[next++] });
  return rows;
}

/** The timeline: events, status changes and "due" deadlines, newest date first. */
export function TimelineList({
  entries,
  due = [],
  locale,
}: {
  entries: TimelineEntry[];
  due?: DeadlineView[];
  locale: Locale;
}) {
  return (
    <ol className="space-y-4" data-testid="timeline">
      {mergeByDate(entries, due).map((row) =>
        row.kind === "due" ? (
          <DeadlineCard key={`due-${row.deadline.id}`} deadline={row.deadline} locale={locale} />
        ) : row.entry.kind === "event" ? (
          <EventCard key={`event-${row.entry.event.id}`} event={row.entry.event} locale={locale} editable />
        ) : (
          <StatusChangeCard key={`status-${row.entry.change.id}`} change={row.entry.change} locale={locale} />
        ),
      )}
    </ol>
  );
}
