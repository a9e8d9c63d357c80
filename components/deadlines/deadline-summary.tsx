import { getFormatter, getTranslations } from "next-intl/server";
import type { DeadlineView } from "@/lib/data/deadlines";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { DeadlineBadge } from "./deadline-badge";

async function Row({ deadline, locale }: { deadline: DeadlineView; locale: Locale }) {
  const format = await getFormatter();
  const measure = deadline.measures[0];
  const text = `${deadline.id} · ${deadline.instrument} — ${localized(deadline, "provision", locale)}`;
  return (
    <li className="text-sm" data-deadline={deadline.id}>
      <time dateTime={deadline.dueOn} className="font-semibold">
        {format.dateTime(new Date(`${deadline.dueOn}T00:00:00Z`), { dateStyle: "medium" })}
      </time>{" "}
      <DeadlineBadge state={deadline.state} />
      <p className="mt-0.5">
        {measure ? (
          <Link href={`/measures/${measure.slug}`} className="text-brand-700 hover:underline">
            {text}
          </Link>
        ) : (
          text
        )}
      </p>
    </li>
  );
}

/** The home page's view of the deadlines: what falls due next, and what is overdue today. */
export async function DeadlineSummary({
  nextDue,
  overdue,
  locale,
}: {
  nextDue: DeadlineView[];
  overdue: DeadlineView[];
  locale: Locale;
}) {
  const t = await getTranslations("Deadlines");
  return (
    <section aria-labelledby="deadlines-home-heading" data-testid="home-deadlines">
      <h2 id="deadlines-home-heading" className="text-xl font-bold">
        {t("homeHeading")}
      </h2>
      <p className="mb-4 mt-1 text-sm text-slate-700">
        {t("intro")}{" "}
        <Link href="/timeline" className="text-brand-700 underline">
          {t("all")}
        </Link>{" "}
        ·{" "}
        <a href="/calendar.ics" className="text-brand-700 underline">
          {t("calendar")}
        </a>
      </p>
      <div className="grid gap-4 md:grid-cols-2">
        <div className="rounded-lg border border-slate-200 p-4">
          <h3 className="mb-2 font-bold">{t("nextDue")}</h3>
          {nextDue.length === 0 ? (
            <p className="text-sm">{t("noneUpcoming")}</p>
          ) : (
            <ol className="space-y-2">
              {nextDue.map((deadline) => (
                <Row key={deadline.id} deadline={deadline} locale={locale} />
              ))}
            </ol>
          )}
        </div>
        <div className="rounded-lg border border-red-200 p-4">
          <h3 className="mb-2 font-bold">
            {t("overdueNow")} ({overdue.length})
          </h3>
          {overdue.length === 0 ? (
            <p className="text-sm">{t("noneOverdue")}</p>
          ) : (
            <ol className="space-y-2">
              {overdue.map((deadline) => (
                <Row key={deadline.id} deadline={deadline} locale={locale} />
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
