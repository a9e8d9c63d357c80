import { getFormatter, getTranslations } from "next-intl/server";
import type { DeadlineState } from "@/lib/deadlines/state";

const TONE = {
  upcoming: "border-sky-700 bg-sky-50 text-sky-900",
  met: "border-green-700 bg-green-50 text-green-900",
  late: "border-amber-600 bg-amber-50 text-amber-900",
  overdue: "border-red-700 bg-red-50 text-red-900",
} as const;

const dateOf = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** "Met late · met on 3 April 2025 · 10 days late": the state in words, never in colour alone. */
export async function DeadlineBadge({ state }: { state: DeadlineState }) {
  const [t, format] = await Promise.all([getTranslations("Deadlines"), getFormatter()]);
  // Dates only: a deadline and the day it was met are days, not moments (formatted in UTC).
  const day = (iso: string) => format.dateTime(dateOf(iso), { dateStyle: "medium", timeZone: "UTC" });
  const late = state.state === "met" && state.daysLate > 0;
  const tone = late ? TONE.late : TONE[state.state];
  return (
    <span
      className={`inline-flex flex-wrap items-center gap-1 rounded border px-2 py-0.5 text-sm font-semibold ${tone}`}
      data-deadline-state={late ? "met-late" : state.state}
    >
      {state.state === "upcoming" ? (
        <>
          {t("upcoming")} <span className="font-normal">· {t("daysLeft", { count: state.daysLeft })}</span>
        </>
      ) : state.state === "overdue" ? (
        <>
          {t("overdue")} <span className="font-normal">· {t("daysOverdue", { count: state.daysOverdue })}</span>
        </>
      ) : (
        <>
          {late ? t("metLate") : t("met")}{" "}
          <span className="font-normal">
            · {t("metOn", { date: day(state.metOn) })}
            {late ? ` · ${t("daysLate", { count: state.daysLate })}` : ""}
          </span>
        </>
      )}
    </span>
  );
}
