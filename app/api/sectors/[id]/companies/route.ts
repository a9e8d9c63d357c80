import { NextResponse } from "next/server";
import { companyToJson } from "@/lib/companies/company-json";
import { createCompany, listSectorCompanies } from "@/lib/data/companies";
import { getSectorIdById } from "@/lib/data/notes";
import { requireApiViewer } from "@/lib/http/api-viewer";
import { refuseOtherMethods } from "@/lib/http/methods";
import { readJsonBody, withErrorHandling } from "@/lib/http/responses";
import { companyInputSchema } from "@/lib/validations/companies";

type Context = { params: Promise<{ id: string }> };

// Room for a 20,000-character rationale in multi-byte UTF-8 plus JSON escaping, as for notes.
export const COMPANY_MAX_BODY_BYTES = 128 * 1024;

export function GET(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const viewer = await requireApiViewer(request);
    const sectorId = await getSectorIdById((await params).id);
    const companies = await listSectorCompanies(viewer, sectorId);
    return NextResponse.json({ companies: companies.map(companyToJson) });
  });
}

export function POST(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const viewer = await requireApiViewer(request);
    const sectorId = await getSectorIdById((await params).id);
    const input = companyInputSchema.parse(await readJsonBody(request, COMPANY_MAX_BODY_BYTES));
    const company = await createCompany(viewer, sectorId, input);
    return NextResponse.json({ company: companyToJson(company) }, { status: 201 });
  });
}

export const { PUT, PATCH, DELETE } = refuseOtherMethods("GET", "POST");
