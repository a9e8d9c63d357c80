import { getTranslations } from "next-intl/server";
import type { AgencyListItem } from "@/lib/data/agencies";
import type { TrackingOptions } from "@/lib/data/timeline-options";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { TRACKER_SORTS } from "@/lib/validations/tracker";
import { IMPLEMENTATION_STATUSES } from "@/lib/validations/vocabulary";

const field = "w-full rounded border border-slate-400 px-2 py-1.5 text-sm";
const label = "mb-1 block text-xs font-semibold";

export const SORT_LABEL = {
  plan: "sortPlan",
  title: "sortTitle",
  lead: "sortLead",
  status: "sortStatus",
  changed: "sortChanged",
  event: "sortEvent",
} as const;

/** The tracker's filters and sort: a plain GET form, so every view is a URL and works without JavaScript. */
export async function TrackerFilters({
  options,
  agencies,
  values,
  locale,
}: {
  options: TrackingOptions;
  agencies: AgencyListItem[];
  values: Record<string, string | undefined>;
  locale: Locale;
}) {
  const [t, ts, tp, td] = await Promise.all([
    getTranslations("Tracker"),
    getTranslations("Status"),
    getTranslations("Pillar"),
    getTranslations("Deadlines"),
  ]);
  const select = (name: string, text: string, choices: { value: string; label: string }[], withAny = true) => (
    <div>
      <label htmlFor={`tracker-${name}`} className={label}>
        {text}
      </label>
      <select id={`tracker-${name}`} name={name} defaultValue={values[name] ?? ""} className={field}>
        {withAny ? <option value="">{t("any")}</option> : null}
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    // The <search> landmark element (its implicit role is "search") around a plain GET form.
    <search aria-label={t("filters")}>
      <form
        method="get"
        className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-3 lg:grid-cols-5"
        data-testid="tracker-filters"
      >
        {select(
          "pillar",
          t("pillar"),
          options.pillars.map((pillar) => ({
            value: pillar.id,
            label: `${tp("label", { number: pillar.number })} · ${localized(pillar, "title", locale)}`,
          })),
        )}
        {select(
          "measure",
          t("measure"),
          options.measures.map((measure) => ({
            value: measure.id,
            label: `${measure.id} ${localized(measure, "title", locale)}`,
          })),
        )}
        {select(
          "sector",
          t("sector"),
          options.sectors.map((sector) => ({ value: sector.id, label: localized(sector, "name", locale) })),
        )}
        {select(
          "agency",
          t("agency"),
          agencies.map((agency) => ({
            value: agency.id,
            label: agency.abbreviation
              ? `${agency.abbreviation} · ${localized(agency, "name", locale)}`
              : localized(agency, "name", locale),
          })),
        )}
        {select(
          "status",
          t("status"),
          IMPLEMENTATION_STATUSES.map((status) => ({ value: status, label: ts(status) })),
        )}
        {select("verified", t("verified"), [
          { value: "verified", label: t("verifiedOnly") },
          { value: "claimed", label: t("claimedOnly") },
        ])}
        {select("deadline", td("filterLabel"), [
          { value: "any", label: td("filterAny") },
          { value: "upcoming", label: td("upcoming") },
          { value: "met", label: td("met") },
          { value: "overdue", label: td("overdue") },
        ])}
        {select(
          "sort",
          t("sort"),
          TRACKER_SORTS.map((sort) => ({ value: sort, label: t(SORT_LABEL[sort]) })),
          false,
        )}
        {select(
          "dir",
          t("dir"),
          [
            { value: "asc", label: t("asc") },
            { value: "desc", label: t("desc") },
          ],
          false,
        )}
        <div className="flex items-end gap-2 sm:col-span-2">
          <input
            id="tracker-noLead"
            name="noLead"
            type="checkbox"
            value="1"
            defaultChecked={Boolean(values.noLead)}
            className="mb-2 h-4 w-4"
          />
          <label htmlFor="tracker-noLead" className="mb-1.5 text-sm">
            {t("noLead")}
          </label>
        </div>
        <div className="flex items-end gap-3 sm:col-span-3 lg:col-span-5">
          <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 text-sm font-semibold text-white">
            {t("apply")}
          </button>
          <Link href="/tracker" className="text-sm text-brand-700 underline">
            {t("reset")}
          </Link>
        </div>
      </form>
    </search>
  );
}
