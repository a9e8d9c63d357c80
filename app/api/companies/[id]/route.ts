import { NextResponse } from "next/server";
import { COMPANY_MAX_BODY_BYTES } from "@/app/api/sectors/[id]/companies/route";
import { companyToJson } from "@/lib/companies/company-json";
import { deleteCompany, getCompany, updateCompany } from "@/lib/data/companies";
import { requireApiViewer } from "@/lib/http/api-viewer";
import { refuseOtherMethods } from "@/lib/http/methods";
import { readJsonBody, withErrorHandling } from "@/lib/http/responses";
import { companyUpdateSchema } from "@/lib/validations/companies";

type Context = { params: Promise<{ id: string }> };

export function GET(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const viewer = await requireApiViewer(request);
    return NextResponse.json({ company: companyToJson(await getCompany(viewer, (await params).id)) });
  });
}

export function PATCH(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const viewer = await requireApiViewer(request);
    const { id } = await params;
    await getCompany(viewer, id); // 404 / 403 before a 422 about the body
    const update = companyUpdateSchema.parse(await readJsonBody(request, COMPANY_MAX_BODY_BYTES));
    return NextResponse.json({ company: companyToJson(await updateCompany(viewer, id, update)) });
  });
}

export function DELETE(request: Request, { params }: Context) {
  return withErrorHandling(async () => {
    const viewer = await requireApiViewer(request);
    await deleteCompany(viewer, (await params).id);
    return new Response(null, { status: 204 });
  });
}

export const { POST, PUT } = refuseOtherMethods("GET", "PATCH", "DELETE");
