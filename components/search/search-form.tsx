import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import type { SearchState } from "./search-query";

/**
 * A plain GET form to /{locale}/search: works without JavaScript. The filters already chosen
 * ride along as hidden fields, so a new query keeps them.
 */
export async function SearchForm({
  locale,
  state,
  id,
  compact = false,
}: {
  locale: Locale;
  state?: SearchState;
  id: string;
  compact?: boolean;
}) {
  const t = await getTranslations("Search");
  const hidden = (["pillar", "sector", "policy", "type"] as const).filter((key) => state?.[key]);
  return (
    // The <search> landmark element (its implicit role is "search") around a plain GET form.
    <search aria-label={compact ? t("siteSearch") : t("refineSearch")}>
      <form action={`/${locale}/search`} method="get" className="flex gap-2">
        <label htmlFor={id} className="sr-only">
          {t("label")}
        </label>
        <input
          id={id}
          type="search"
          name="q"
          defaultValue={state?.q ?? ""}
          placeholder={t("placeholder")}
          maxLength={500}
          className={`min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 text-slate-900 placeholder:text-slate-600 ${compact ? "py-1 text-sm" : "py-2"}`}
        />
        {hidden.map((key) => (
          <input key={key} type="hidden" name={key} value={state?.[key]} />
        ))}
        <button
          type="submit"
          className={`rounded bg-brand-700 px-3 font-semibold text-white hover:bg-brand-800 ${compact ? "py-1 text-sm" : "py-2"}`}
        >
          {t("submit")}
        </button>
      </form>
    </search>
  );
}
