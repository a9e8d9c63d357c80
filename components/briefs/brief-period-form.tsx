import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { BriefPeriod } from "@/lib/validations/briefs";

const field = "w-full rounded border border-slate-400 px-2 py-1.5 text-sm";
const label = "mb-1 block text-xs font-semibold";

/**
 * The brief's period: a plain GET form (works without JavaScript, every period has its own URL),
 * with links for this week and this month. A refused period is shown beside the dates.
 */
export async function BriefPeriodForm({
  values,
  error,
  thisWeek,
  thisMonth,
}: {
  values: { from?: string; to?: string };
  error: string | null;
  thisWeek: BriefPeriod;
  thisMonth: BriefPeriod;
}) {
  const t = await getTranslations("Briefs");
  const described = error ? "brief-period-error" : undefined;
  return (
    <form
      method="get"
      aria-label={t("periodHeading")}
      className="flex flex-wrap items-end gap-3 rounded-lg border border-slate-200 p-4"
    >
      <div>
        <label htmlFor="brief-from" className={label}>
          {t("from")}
        </label>
        <input
          id="brief-from"
          name="from"
          type="date"
          defaultValue={values.from ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          className={field}
        />
      </div>
      <div>
        <label htmlFor="brief-to" className={label}>
          {t("to")}
        </label>
        <input
          id="brief-to"
          name="to"
          type="date"
          defaultValue={values.to ?? ""}
          aria-invalid={error ? true : undefined}
          aria-describedby={described}
          className={field}
        />
      </div>
      <button
        type="submit"
        className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
      >
        {t("show")}
      </button>
      <span className="flex gap-4 text-sm">
        <Link href={{ pathname: "/briefs", query: thisWeek }} className="text-brand-700 underline">
          {t("thisWeek")}
        </Link>
        <Link href={{ pathname: "/briefs", query: thisMonth }} className="text-brand-700 underline">
          {t("thisMonth")}
        </Link>
      </span>
      <p id="brief-period-error" role="alert" aria-live="polite" className="w-full text-sm text-red-800 empty:hidden">
        {error ?? ""}
      </p>
    </form>
  );
}
