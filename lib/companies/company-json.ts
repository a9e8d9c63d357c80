import type { CompanyView } from "@/lib/data/companies";

/** A company as the JSON API shows it: exposures as the ids POST and PATCH take. */
export function companyToJson(company: CompanyView) {
  return {
    id: company.id,
    nameKo: company.nameKo,
    nameEn: company.nameEn,
    ticker: company.ticker,
    market: company.market,
    rationale: company.rationale,
    visibility: company.visibility,
    measures: company.measures.map((link) => link.measure.id),
    actions: company.actions.map((link) => link.action.id),
    author: company.author,
    createdAt: company.createdAt.toISOString(),
    updatedAt: company.updatedAt.toISOString(),
  };
}
