import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/plan/page-heading";
import { SearchFacets } from "@/components/search/search-facets";
import { SearchForm } from "@/components/search/search-form";
import { type SearchState, searchHref } from "@/components/search/search-query";
import { SearchResultList } from "@/components/search/search-result-list";
import { getViewer } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { countSearchFacets, listFacetLabels } from "@/lib/search/facets";
import { searchDocuments } from "@/lib/search/search";
import { firstValues, searchPageQuerySchema } from "@/lib/validations/search";

const PAGE_SIZE = 20;

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Search" });
  return { title: t("title"), description: t("description"), robots: { index: false } };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { page, ...query } = searchPageQuerySchema.parse(firstValues(await searchParams));
  const viewer = await getViewer();
  const filters = { pillar: query.pillar, sector: query.sector, policy: query.policy, type: query.type };
  const [t, response, counts, labels] = await Promise.all([
    getTranslations("Search"),
    searchDocuments({ ...query, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE, locale }, viewer),
    countSearchFacets(query.q, filters, viewer),
    listFacetLabels(),
  ]);
  const state: SearchState = { ...query, q: response.query, page };
  const pages = Math.max(1, Math.ceil(response.total / PAGE_SIZE));
  const filtered = Object.values(filters).some(Boolean);

  return (
    <>
      <PageHeading title={response.query ? t("resultsFor", { query: response.query }) : t("allMeasures")} />
      <div className="mb-6 max-w-2xl">
        <SearchForm locale={locale} state={state} id="search-page-query" />
      </div>
      <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
        <aside className="space-y-4">
          <h2 className="text-base font-bold">{t("filters")}</h2>
          {filtered && (
            <Link href={searchHref({ q: state.q })} className="text-sm text-brand-700 underline">
              {t("clearFilters")}
            </Link>
          )}
          <SearchFacets counts={counts} labels={labels} state={state} locale={locale} />
        </aside>
        <section aria-labelledby="search-result-count">
          <p id="search-result-count" className="mb-4 font-semibold" aria-live="polite">
            {response.totalIsExact
              ? t("resultCount", { count: response.total })
              : t("resultCountAtLeast", { count: response.total })}
          </p>
          {response.results.length === 0 ? (
            <p className="text-slate-700">{t("noResults")}</p>
          ) : (
            <SearchResultList results={response.results} locale={locale} />
          )}
          {pages > 1 && (
            <nav aria-label={t("pagination")} className="mt-6 flex items-center gap-4 text-sm">
              {page > 1 && (
                <Link href={searchHref(state, { page: page - 1 })} className="text-brand-700 underline">
                  {t("previousPage")}
                </Link>
              )}
              <span>{t("pageOf", { page, pages })}</span>
              {page < pages && (
                <Link href={searchHref(state, { page: page + 1 })} className="text-brand-700 underline">
                  {t("nextPage")}
                </Link>
              )}
            </nav>
          )}
        </section>
      </div>
    </>
  );
}
