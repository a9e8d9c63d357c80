/**
 * The companies data layer against a real database: visibility decided for every read (anonymous,
 * author, another analyst, admin × shared, private), one company per market and ticker,
 * revisions, soft delete.
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import {
  createCompany,
  DuplicateCompanyError,
  deleteCompany,
  getCompany,
  listActionCompanies,
  listCompaniesForExport,
  listCompanyRevisions,
  listMeasureCompanies,
  listSectorCompanies,
  updateCompany,
} from "@/lib/data/companies";
import { db } from "@/lib/db";
import { companyInputSchema } from "@/lib/validations/companies";
import { createViewer } from "../../support/accounts";

let author: Viewer;
let other: Viewer;
let admin: Viewer;
let sharedId: string;
let privateId: string;

const input = (fields: Record<string, unknown>) =>
  companyInputSchema.parse({ nameKo: "기업", nameEn: "Company", market: "NYSE", rationale: "Why.", ...fields });

beforeAll(async () => {
  author = await createViewer("companies-author");
  other = await createViewer("companies-other");
  admin = await createViewer("companies-admin", "admin");
  sharedId = (
    await createCompany(
      author,
      "infrastructure",
      input({ ticker: "VRT", nameEn: "Vertiv", measures: ["II-1"], actions: ["II-1.1"] }),
    )
  ).id;
  privateId = (
    await createCompany(
      author,
      "infrastructure",
      input({ ticker: "ETN", nameEn: "Eaton", visibility: "private", measures: ["II-1"] }),
    )
  ).id;
});

const ids = (companies: { id: string }[]) => companies.map((company) => company.id).sort();

describe("who sees which company", () => {
  const cases: [string, () => Viewer | null, string[]][] = [
    ["a signed-out reader", () => null, []],
    ["the author", () => author, ["shared", "private"]],
    ["another analyst", () => other, ["shared"]],
    ["an admin", () => admin, ["shared", "private"]],
  ];
  for (const [who, viewer, sees] of cases) {
    it(`${who} sees ${sees.join(" and ") || "none"} in every list and through getCompany`, async () => {
      const expected = sees.map((kind) => (kind === "shared" ? sharedId : privateId)).sort();
      expect(ids(await listSectorCompanies(viewer(), "infrastructure"))).toEqual(expected);
      expect(ids(await listMeasureCompanies(viewer(), "II-1"))).toEqual(expected);
      expect(ids(await listCompaniesForExport(viewer()))).toEqual(expect.arrayContaining(expected));
      expect(ids(await listActionCompanies(viewer(), "II-1.1"))).toEqual(sees.includes("shared") ? [sharedId] : []);
      for (const [id, kind] of [
        [sharedId, "shared"],
        [privateId, "private"],
      ] as const) {
        const read = getCompany(viewer(), id);
        if (sees.includes(kind)) await expect(read).resolves.toMatchObject({ id });
        else await expect(read).rejects.toMatchObject({ status: viewer() ? 403 : 401 });
      }
    });
  }

  it("only the author and admins may edit or delete", async () => {
    await expect(updateCompany(other, sharedId, { nameEn: "Defaced" })).rejects.toMatchObject({ status: 403 });
    await expect(deleteCompany(other, sharedId)).rejects.toMatchObject({ status: 403 });
    await expect(updateCompany(null, sharedId, { nameEn: "Defaced" })).rejects.toMatchObject({ status: 401 });
    await expect(updateCompany(admin, sharedId, { nameEn: "Vertiv Holdings" })).resolves.toMatchObject({
      nameEn: "Vertiv Holdings",
    });
  });
});

describe("one company per market and ticker", () => {
  it("refuses a duplicate however the ticker is typed, even one another analyst keeps private", async () => {
    await expect(createCompany(other, "power", input({ ticker: " etn " }))).rejects.toBeInstanceOf(
      DuplicateCompanyError,
    );
    await expect(createCompany(other, "power", input({ ticker: "ETN" }))).rejects.toMatchObject({ status: 409 });
    // The same ticker on another market is another company.
    await expect(createCompany(other, "power", input({ ticker: "ETN", market: "LSE" }))).resolves.toMatchObject({
      market: "LSE",
    });
  });

  it("refuses an edit onto a taken ticker, and frees a deleted company's ticker", async () => {
    const mine = await createCompany(other, "power", input({ ticker: "GEV" }));
    await expect(updateCompany(other, mine.id, { ticker: "ETN" })).rejects.toBeInstanceOf(DuplicateCompanyError);
    await deleteCompany(other, mine.id);
    await expect(getCompany(other, mine.id)).rejects.toMatchObject({ status: 404 });
    expect(ids(await listSectorCompanies(admin, "power"))).not.toContain(mine.id);
    await expect(createCompany(author, "power", input({ ticker: "GEV" }))).resolves.toMatchObject({ ticker: "GEV" });
  });

  it("answers unknown measures and actions as field errors, and an unknown sector as 404", async () => {
    await expect(createCompany(author, "power", input({ ticker: "NEE", measures: ["II-9"] }))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["measures"] })],
    });
    await expect(createCompany(author, "power", input({ ticker: "NEE", actions: ["I-1.99"] }))).rejects.toMatchObject({
      issues: [expect.objectContaining({ path: ["actions"] })],
    });
    await expect(createCompany(author, "no-such-sector", input({ ticker: "NEE" }))).rejects.toMatchObject({
      status: 404,
    });
  });
});

describe("revisions", () => {
  it("keeps every version; drafts saved while private stay with the author once shared", async () => {
    const company = await createCompany(author, "robotics", input({ ticker: "ISRG", visibility: "private" }));
    await updateCompany(author, company.id, { visibility: "shared", measures: ["I-1"] });
    const mine = await listCompanyRevisions(author, company.id);
    expect(mine.map((revision) => [revision.number, revision.visibility, revision.measures])).toEqual([
      [1, "private", []],
      [2, "shared", ["I-1"]],
    ]);
    expect((await listCompanyRevisions(other, company.id)).map((revision) => revision.number)).toEqual([2]);
    expect(await db.companyRevision.count({ where: { companyId: company.id } })).toBe(2);
  });
});
