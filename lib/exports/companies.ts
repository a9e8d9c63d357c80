import "server-only";
import { authenticateRequest } from "@/lib/auth/session";
import { type CompanyView, listCompaniesForExport } from "@/lib/data/companies";
import { UnauthorizedError } from "@/lib/errors";
import { toCsv } from "./tables";

const COLUMNS = [
  "sector",
  "nameKo",
  "nameEn",
  "market",
  "ticker",
  "visibility",
  "measures",
  "actions",
  "rationale",
  "author",
  "updatedAt",
] as const;

export function companyRows(companies: CompanyView[]): Record<(typeof COLUMNS)[number], string>[] {
  return companies.map((company) => ({
    sector: company.sector.id,
    nameKo: company.nameKo,
    nameEn: company.nameEn,
    market: company.market,
    ticker: company.ticker,
    visibility: company.visibility,
    measures: company.measures.map((link) => link.measure.id).join(" "),
    actions: company.actions.map((link) => link.action.id).join(" "),
    rationale: company.rationale,
    author: company.author.name,
    updatedAt: company.updatedAt.toISOString(),
  }));
}

/**
 * GET /exports/companies.csv: the companies the caller may read (cookie or Bearer token), with the
 * same visibility as the pages. Private to the caller, so never cached; 401 when signed out.
 */
export async function companiesExport(request: Request): Promise<Response> {
  const viewer = await authenticateRequest(request);
  if (!viewer) throw new UnauthorizedError();
  const rows = companyRows(await listCompaniesForExport(viewer));
  // With no rows, the header still names the columns.
  const body = rows.length ? toCsv(rows) : `\uFEFF${COLUMNS.join(",")}\n`;
  const date = new Date().toISOString().slice(0, 10);
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="companies-${date}.csv"`,
      "Cache-Control": "private, no-store",
    },
  });
}
