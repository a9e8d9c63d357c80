import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { FacetCounts, FacetLabels } from "@/lib/search/facets";
import { SEARCH_TYPES } from "@/lib/search/sources/types";
import { type SearchState, searchHref } from "./search-query";

type Option = { value: string; label: string; count: number };
type FacetKey = "pillar" | "sector" | "policy" | "type";

function FacetGroup({
  facet,
  title,
  anyLabel,
  options,
  state,
}: {
  facet: FacetKey;
  title: string;
  anyLabel: string;
  options: Option[];
  state: SearchState;
}) {
  const selected = state[facet];
  const linkClass = "flex justify-between gap-2 rounded px-2 py-1 hover:bg-slate-100";
  return (
    <section aria-labelledby={`facet-${facet}`}>
      <h3 id={`facet-${facet}`} className="text-sm font-bold text-slate-900">
        {title}
      </h3>
      <ul className="mt-1 space-y-0.5 text-sm">
        <li>
          <Link
            href={searchHref(state, { [facet]: undefined })}
            aria-current={selected ? undefined : "true"}
            className={`${linkClass} ${selected ? "" : "bg-slate-100 font-semibold"}`}
          >
            {anyLabel}
          </Link>
        </li>
        {options.map((option) => (
          <li key={option.value}>
            <Link
              href={searchHref(state, { [facet]: option.value })}
              aria-current={selected === option.value ? "true" : undefined}
              className={`${linkClass} ${selected === option.value ? "bg-brand-900 font-semibold text-white hover:bg-brand-900" : ""}`}
            >
              <span>{option.label}</span>
              <span className="tabular-nums">{option.count}</span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Facet lists with counts; every choice is a link, so filtering works without JavaScript. */
export async function SearchFacets({
  counts,
  labels,
  state,
  locale,
}: {
  counts: FacetCounts;
  labels: FacetLabels;
  state: SearchState;
  locale: Locale;
}) {
  const t = await getTranslations("Search");
  const count = (facet: FacetKey, value: string) => counts[facet].get(value) ?? 0;
  const keep = (option: Option, facet: FacetKey) => option.count > 0 || state[facet] === option.value;
  const groups: { facet: FacetKey; title: string; options: Option[] }[] = [
    {
      facet: "type",
      title: t("type"),
      options: SEARCH_TYPES.map((type) => ({ value: type, label: t(`types.${type}`), count: count("type", type) })),
    },
    {
      facet: "pillar",
      title: t("pillar"),
      options: labels.pillars.map((pillar) => ({
        value: pillar.id,
        label: `${t("pillarLabel", { number: pillar.number })} · ${localized(pillar, "title", locale)}`,
        count: count("pillar", pillar.id),
      })),
    },
    {
      facet: "sector",
      title: t("sector"),
      options: labels.sectors.map((sector) => ({
        value: sector.id,
        label: localized(sector, "name", locale),
        count: count("sector", sector.id),
      })),
    },
    {
      facet: "policy",
      title: t("policy"),
      options: labels.keyPolicies.map((policy) => ({
        value: policy.id,
        label: localized(policy, "title", locale),
        count: count("policy", policy.id),
      })),
    },
  ];
  return (
    <nav aria-label={t("filters")} className="space-y-5">
      {groups.map((group) => (
        <FacetGroup
          key={group.facet}
          facet={group.facet}
          title={group.title}
          anyLabel={t("any")}
          options={group.options.filter((option) => keep(option, group.facet))}
          state={state}
        />
      ))}
    </nav>
  );
}
