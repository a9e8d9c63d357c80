import { getFormatter, getTranslations } from "next-intl/server";
import { MeasureIdBadge } from "@/components/plan/measure-id-badge";
import type { DeadlineView } from "@/lib/data/deadlines";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { DeadlineBadge } from "./deadline-badge";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** One deadline: what is due, by whom, when, and its state on the day read. */
export async function DeadlineCard({
  deadline,
  locale,
  showMeasures = true,
}: {
  deadline: DeadlineView;
  locale: Locale;
  showMeasures?: boolean;
}) {
  const [t, format] = await Promise.all([getTranslations("Deadlines"), getFormatter()]);
  const date = (iso: string) => format.dateTime(day(iso), { dateStyle: "long", timeZone: "UTC" });
  const title = (event: { titleEn: string | null; titleKo: string | null }) =>
    (locale === "ko" ? (event.titleKo ?? event.titleEn) : (event.titleEn ?? event.titleKo)) ?? "";
  return (
    <li
      className="rounded-lg border border-slate-200 border-l-4 border-l-slate-500 p-4"
      data-kind="due"
      data-deadline={deadline.id}
    >
      <p className="text-sm text-slate-700">
        <time dateTime={deadline.dueOn} className="font-semibold text-slate-900">
          {t("due", { date: date(deadline.dueOn) })}
        </time>{" "}
        · <span className="rounded bg-slate-100 px-1.5 py-0.5">{t("dueEntry")}</span>{" "}
        <DeadlineBadge state={deadline.state} />
      </p>
      <h3 className="mt-1 font-bold">
        <span className="mr-1 text-slate-600">{deadline.id}</span>
        {localized(deadline, "provision", locale)}
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        <span className="font-semibold">{t("instrument")}: </span>
        {deadline.instrument} ·{" "}
        {t("clock", { period: localized(deadline, "period", locale), start: date(deadline.clockStart) })}
      </p>
      {deadline.meetingEvents.length > 0 || deadline.answeringEvents.length > 0 ? (
        <p className="mt-1 text-sm">
          <span className="font-semibold">{deadline.meetingEvents.length > 0 ? t("metBy") : t("answeredBy")}: </span>
          {[...deadline.meetingEvents, ...deadline.answeringEvents].map((event) => (
            <a
              key={event.id}
              href={event.sourceUrl ?? undefined}
              className="mr-2 text-brand-700 underline"
              rel="noopener noreferrer nofollow"
            >
              {title(event)} ({event.occurredOn})
            </a>
          ))}
        </p>
      ) : null}
      {deadline.noteEn ? (
        <p className="mt-1 text-sm text-slate-600">
          {localized({ noteEn: deadline.noteEn, noteKo: deadline.noteKo ?? deadline.noteEn }, "note", locale)}
        </p>
      ) : null}
      {showMeasures && deadline.measures.length > 0 ? (
        <ul className="mt-2 text-sm">
          {deadline.measures.map((measure) => (
            <li key={measure.id} className="mr-2 inline">
              <Link href={`/measures/${measure.slug}`} className="text-brand-700 hover:underline">
                <MeasureIdBadge id={measure.id} />
                {localized(measure, "title", locale)}
              </Link>
            </li>
          ))}
          {deadline.actionIds.length > 0 ? (
            <li className="inline text-slate-600">({deadline.actionIds.join(", ")})</li>
          ) : null}
        </ul>
      ) : null}
    </li>
  );
}

/** A section of deadlines (a measure's or an action's), with its calendar link. */
export async function DeadlineSection({
  deadlines,
  locale,
  calendarHref,
  id = "deadlines-heading",
}: {
  deadlines: DeadlineView[];
  locale: Locale;
  calendarHref: string;
  id?: string;
}) {
  const t = await getTranslations("Deadlines");
  return (
    <section aria-labelledby={id} data-testid="deadlines">
      <h2 id={id} className="mb-1 text-lg font-bold">
        {t("heading")}
      </h2>
      <p className="mb-3 text-sm text-slate-600">
        {t("intro")}{" "}
        <a href={calendarHref} className="text-brand-700 underline">
          {t("calendarMeasure")}
        </a>
      </p>
      {deadlines.length === 0 ? (
        <p className="text-sm">{t("none")}</p>
      ) : (
        <ol className="space-y-3">
          {deadlines.map((deadline) => (
            <DeadlineCard key={deadline.id} deadline={deadline} locale={locale} showMeasures={false} />
          ))}
        </ol>
      )}
    </section>
  );
}
