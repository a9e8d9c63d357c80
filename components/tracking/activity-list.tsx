import { getTranslations } from "next-intl/server";
import { MeasureIdBadge } from "@/components/plan/measure-id-badge";
import type { ActivityItem } from "@/lib/data/activity";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { EditorialBadge } from "./editorial-badge";
import { StatusBadge } from "./status-badge";

function pick(en: string | null, ko: string | null, locale: Locale) {
  return (locale === "ko" ? (ko ?? en) : (en ?? ko)) ?? "";
}

/** Shared notes are Markdown; a one-paragraph plain preview is enough here (the note itself is on its page). */
function preview(markdown: string) {
  const text = markdown
    .replace(/[#>*_`~[\]()!-]/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  return text.length > 280 ? `${text.slice(0, 279)}…` : text;
}

/** Events, status changes and shared notes, newest first; items after `since` are marked new. */
export async function ActivityList({
  items,
  locale,
  since,
}: {
  items: ActivityItem[];
  locale: Locale;
  since?: Date | null;
}) {
  const [t, tt, format] = await Promise.all([
    getTranslations("WhatsNew"),
    getTranslations("Timeline"),
    getDateFormatter(),
  ]);
  return (
    <ol className="space-y-3" data-testid="activity-list">
      {items.map((item) => {
        const isNew = since ? item.at > since : false;
        return (
          <li
            key={`${item.kind}-${item.id}`}
            className={`rounded-lg border p-4 ${isNew ? "border-brand-700 bg-brand-50" : "border-slate-200"}`}
            data-kind={item.kind}
            data-new={isNew || undefined}
          >
            <p className="flex flex-wrap items-center gap-2 text-sm text-slate-700">
              {isNew ? (
                <strong className="rounded bg-brand-700 px-1.5 py-0.5 text-xs text-white">{t("newBadge")}</strong>
              ) : null}
              <span className="font-semibold text-slate-900">{t(item.kind)}</span>
              {item.kind === "event" ? (
                // A day, shown as a day (never a made-up midnight); when it was recorded is the moment beside it.
                <>
                  <time dateTime={item.occurredOn} className="font-semibold text-slate-900">
                    {format.day(item.occurredOn)}
                  </time>
                  <time dateTime={item.at.toISOString()} className="text-xs text-slate-600">
                    {tt("recorded", { date: format.dateTime(item.at) })}
                  </time>
                </>
              ) : item.kind === "status" && item.seedKey ? (
                <>
                  <time dateTime={item.at.toISOString().slice(0, 10)}>{format.date(item.at)}</time>
                  <EditorialBadge />
                </>
              ) : (
                <time dateTime={item.at.toISOString()}>{format.dateTime(item.at)}</time>
              )}
            </p>
            {item.kind === "event" ? (
              <div className="mt-1">
                <p className="font-bold">
                  {tt(`types.${item.type}`)} · {pick(item.titleEn, item.titleKo, locale)}
                </p>
                {item.measures.length === 30 ? (
                  <p className="text-sm">{tt("allMeasures")}</p>
                ) : (
                  <p className="text-sm">
                    {item.measures.map((measure) => (
                      <Link
                        key={measure.id}
                        href={`/measures/${measure.slug}`}
                        className="mr-2 text-brand-700 hover:underline"
                      >
                        <MeasureIdBadge id={measure.id} />
                        {localized(measure, "title", locale)}
                      </Link>
                    ))}
                  </p>
                )}
              </div>
            ) : null}
            {item.kind === "status" ? (
              <div className="mt-1 space-y-1">
                <p>
                  <Link href={`/measures/${item.measure.slug}`} className="font-bold text-brand-700 hover:underline">
                    <MeasureIdBadge id={item.measure.id} />
                    {localized(item.measure, "title", locale)}
                  </Link>{" "}
                  <StatusBadge status={item.status} verified={item.verified} />
                </p>
                <p className="text-sm text-slate-700">
                  {item.reason} <span className="text-slate-600">— {t("by", { name: item.author })}</span>
                </p>
              </div>
            ) : null}
            {item.kind === "note" ? (
              <div className="mt-1 space-y-1">
                {item.measure ? (
                  <Link href={`/measures/${item.measure.slug}`} className="font-bold text-brand-700 hover:underline">
                    <MeasureIdBadge id={item.measure.id} />
                    {localized(item.measure, "title", locale)}
                  </Link>
                ) : item.sector ? (
                  <Link href={`/sectors/${item.sector.id}`} className="font-bold text-brand-700 hover:underline">
                    {localized(item.sector, "name", locale)}
                  </Link>
                ) : null}
                <p className="text-sm text-slate-700">
                  {preview(item.body)} <span className="text-slate-600">— {t("by", { name: item.author })}</span>
                </p>
              </div>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
