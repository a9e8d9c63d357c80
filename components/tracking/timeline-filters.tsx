import { getTranslations } from "next-intl/server";
import type { TrackingOptions } from "@/lib/data/timeline-options";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { TIMELINE_TYPES } from "@/lib/validations/timeline";

const field = "w-full rounded border border-slate-400 px-2 py-1.5 text-sm";
const label = "mb-1 block text-xs font-semibold";

/** The timeline's filters: a plain GET form, so every filtered view has its own URL. */
export async function TimelineFilters({
  options,
  values,
  locale,
}: {
  options: TrackingOptions;
  values: Record<string, string | undefined>;
  locale: Locale;
}) {
  const t = await getTranslations("Timeline");
  const tp = await getTranslations("Pillar");
  return (
    <search aria-label={t("filters")}>
      <form method="get" className="grid gap-3 rounded-lg border border-slate-200 p-4 sm:grid-cols-3 lg:grid-cols-6">
        <div>
          <label htmlFor="filter-pillar" className={label}>
            {t("pillar")}
          </label>
          <select id="filter-pillar" name="pillar" defaultValue={values.pillar ?? ""} className={field}>
            <option value="">{t("any")}</option>
            {options.pillars.map((pillar) => (
              <option key={pillar.id} value={pillar.id}>
                {tp("label", { number: pillar.number })} · {localized(pillar, "title", locale)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-sector" className={label}>
            {t("sector")}
          </label>
          <select id="filter-sector" name="sector" defaultValue={values.sector ?? ""} className={field}>
            <option value="">{t("any")}</option>
            {options.sectors.map((sector) => (
              <option key={sector.id} value={sector.id}>
                {localized(sector, "name", locale)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-type" className={label}>
            {t("type")}
          </label>
          <select id="filter-type" name="type" defaultValue={values.type ?? ""} className={field}>
            <option value="">{t("any")}</option>
            {TIMELINE_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`types.${type}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-from" className={label}>
            {t("from")}
          </label>
          <input id="filter-from" name="from" type="date" defaultValue={values.from ?? ""} className={field} />
        </div>
        <div>
          <label htmlFor="filter-to" className={label}>
            {t("to")}
          </label>
          <input id="filter-to" name="to" type="date" defaultValue={values.to ?? ""} className={field} />
        </div>
        <div className="flex items-end gap-3">
          <button
            type="submit"
            className="rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
          >
            {t("apply")}
          </button>
          <Link href="/timeline" className="text-sm text-brand-700 underline">
            {t("reset")}
          </Link>
        </div>
      </form>
    </search>
  );
}
