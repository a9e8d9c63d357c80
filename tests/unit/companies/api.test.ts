import { beforeAll, describe, expect, it } from "vitest";
import * as companyRoute from "@/app/api/companies/[id]/route";
import * as sectorCompanies from "@/app/api/sectors/[id]/companies/route";
import * as csvRoute from "@/app/exports/companies.csv/route";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { createViewer } from "../../support/accounts";
import { parseCsv } from "../../support/csv";

let token: string;
let otherToken: string;
let adminToken: string;

function call(method: string, bearer: string | null, body?: unknown, rawBody?: string, type = "application/json") {
  const headers: Record<string, string> = { "content-type": type };
  if (bearer) headers.authorization = `Bearer ${bearer}`;
  return new Request("http://localhost/api/x", {
    method,
    headers,
    body: rawBody ?? (body === undefined ? undefined : JSON.stringify(body)),
  });
}
const sector = (id = "robotics") => ({ params: Promise.resolve({ id }) });
const company = (id: string) => ({ params: Promise.resolve({ id }) });

const fanuc = {
  nameKo: "화낙",
  nameEn: "Fanuc",
  ticker: "6954",
  market: "TSE",
  rationale: "Industrial robots for **AI-enabled** factories.",
  visibility: "private",
  measures: ["I-6"],
  actions: ["I-6.1"],
};

beforeAll(async () => {
  const author = await createViewer("companies-api-author");
  const other = await createViewer("companies-api-other");
  const admin = await createViewer("companies-api-admin", "admin");
  token = (await issueApiToken(db, author.id, "test")).token;
  otherToken = (await issueApiToken(db, other.id, "test")).token;
  adminToken = (await issueApiToken(db, admin.id, "test")).token;
});

describe("the companies API", () => {
  it("creates, lists, reads, edits (with a revision) and deletes a company, in the documented shape", async () => {
    const created = await sectorCompanies.POST(call("POST", token, fanuc), sector());
    expect(created.status).toBe(201);
    const { company: json } = await created.json();
    expect(Object.keys(json).sort()).toEqual(
      [
        "id",
        "nameKo",
        "nameEn",
        "ticker",
        "market",
        "rationale",
        "visibility",
        "measures",
        "actions",
        "author",
        "createdAt",
        "updatedAt",
      ].sort(),
    );
    expect(json).toMatchObject({ ...fanuc, author: { name: expect.any(String) } });

    const list = await (await sectorCompanies.GET(call("GET", token), sector())).json();
    expect(list.companies.map((c: { id: string }) => c.id)).toContain(json.id);
    const othersList = await (await sectorCompanies.GET(call("GET", otherToken), sector())).json();
    expect(othersList.companies.map((c: { id: string }) => c.id)).not.toContain(json.id);

    expect((await companyRoute.GET(call("GET", otherToken), company(json.id))).status).toBe(403);
    expect((await companyRoute.GET(call("GET", adminToken), company(json.id))).status).toBe(200);

    const patched = await companyRoute.PATCH(
      call("PATCH", token, { visibility: "shared", actions: [] }),
      company(json.id),
    );
    expect((await patched.json()).company).toMatchObject({ visibility: "shared", actions: [], measures: ["I-6"] });
    expect(await db.companyRevision.count({ where: { companyId: json.id } })).toBe(2);
    expect((await companyRoute.GET(call("GET", otherToken), company(json.id))).status).toBe(200);

    expect((await companyRoute.DELETE(call("DELETE", otherToken), company(json.id))).status).toBe(403);
    expect((await companyRoute.DELETE(call("DELETE", token), company(json.id))).status).toBe(204);
    expect((await companyRoute.GET(call("GET", token), company(json.id))).status).toBe(404);
  });

  it("refuses a duplicate market and ticker with 409, saving nothing", async () => {
    const first = await sectorCompanies.POST(
      call("POST", token, { ...fanuc, ticker: "6506", nameEn: "Yaskawa" }),
      sector(),
    );
    expect(first.status).toBe(201);
    const before = await db.company.count();
    const duplicate = await sectorCompanies.POST(
      call("POST", otherToken, { ...fanuc, ticker: " 6506 ", nameEn: "Yaskawa again" }),
      sector("infrastructure"),
    );
    expect(duplicate.status).toBe(409);
    expect((await duplicate.json()).error).toBe("A company with this market and ticker is already listed.");
    expect(await db.company.count()).toBe(before);
  });

  it("answers 401, 404, 413, 415 and 422 as the notes API does", async () => {
    expect((await sectorCompanies.GET(call("GET", null), sector())).status).toBe(401);
    expect((await sectorCompanies.POST(call("POST", null, fanuc), sector())).status).toBe(401);
    expect((await companyRoute.GET(call("GET", null), company("x"))).status).toBe(401);
    expect((await sectorCompanies.GET(call("GET", "aap_nope"), sector())).status).toBe(401);
    expect((await sectorCompanies.GET(call("GET", token), sector("no-such-sector"))).status).toBe(404);
    expect((await companyRoute.GET(call("GET", token), company("no-such-company"))).status).toBe(404);
    expect((await companyRoute.PATCH(call("PATCH", token, { nameEn: "x" }), company("no-such-company"))).status).toBe(
      404,
    );

    const before = await db.company.count();
    const invalid = await sectorCompanies.POST(call("POST", token, { ...fanuc, ticker: "", market: "MOON" }), sector());
    expect(invalid.status).toBe(422);
    expect(Object.keys((await invalid.json()).fieldErrors).sort()).toEqual(["market", "ticker"]);
    const unknown = await sectorCompanies.POST(
      call("POST", token, { ...fanuc, ticker: "7012", measures: ["II-9"] }),
      sector(),
    );
    expect(unknown.status).toBe(422);
    expect((await unknown.json()).fieldErrors.measures).toEqual(["One of these measures does not exist."]);
    const huge = JSON.stringify({ ...fanuc, rationale: "x".repeat(200_000) });
    expect((await sectorCompanies.POST(call("POST", token, undefined, huge), sector())).status).toBe(413);
    expect((await sectorCompanies.POST(call("POST", token, undefined, "{}", "text/plain"), sector())).status).toBe(415);
    expect((await sectorCompanies.POST(call("POST", token, undefined, "{not json"), sector())).status).toBe(400);
    expect(await db.company.count()).toBe(before);
  });
});

describe("GET /exports/companies.csv", () => {
  it("is 401 signed out, and lists what the caller may read, private ones only for their author and admins", async () => {
    expect((await csvRoute.GET(new Request("http://localhost/exports/companies.csv"))).status).toBe(401);
    await sectorCompanies.POST(
      call("POST", token, { ...fanuc, ticker: "7011", nameKo: "비공개 로봇", nameEn: "=SUM(A1)" }),
      sector(),
    );
    const read = async (bearer: string) => {
      const response = await csvRoute.GET(
        new Request("http://localhost/exports/companies.csv", { headers: { authorization: `Bearer ${bearer}` } }),
      );
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
      expect(response.headers.get("cache-control")).toBe("private, no-store");
      return parseCsv(await response.text());
    };
    const mine = await read(token);
    const row = mine.find((r) => r.nameKo === "비공개 로봇");
    // A cell a spreadsheet would run as a formula is kept as text.
    expect(row).toMatchObject({
      nameEn: "'=SUM(A1)",
      sector: "robotics",
      market: "TSE",
      visibility: "private",
      measures: "I-6",
      actions: "I-6.1",
    });
    expect((await read(otherToken)).some((r) => r.nameKo === "비공개 로봇")).toBe(false);
    expect((await read(adminToken)).some((r) => r.nameKo === "비공개 로봇")).toBe(true);
  });
});
