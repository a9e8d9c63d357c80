import "server-only";
import { z } from "zod";
import type { Viewer } from "@/lib/auth/session";
import { type CompanyFacts, type CompanyVerb, can } from "@/lib/companies/permissions";
import { db } from "@/lib/db";
import { ConflictError, ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { isAuthorOrAdmin } from "@/lib/notes/permissions";
import type { CompanyInput, CompanyUpdate } from "@/lib/validations/companies";
import { VALIDATION_MESSAGES } from "@/lib/validations/messages";

/** A market and ticker already taken; the form shows it beside the ticker, the API answers 409. */
export class DuplicateCompanyError extends ConflictError {
  readonly field = "ticker";
  constructor() {
    super(VALIDATION_MESSAGES.companyDuplicate);
  }
}

const companySelect = {
  id: true,
  nameKo: true,
  nameEn: true,
  ticker: true,
  market: true,
  rationale: true,
  visibility: true,
  sectorId: true,
  authorId: true,
  createdAt: true,
  updatedAt: true,
  author: { select: { id: true, name: true } },
  sector: { select: { id: true, nameEn: true, nameKo: true } },
  measures: { select: { measure: { select: { id: true, slug: true, titleEn: true, titleKo: true } } } },
  actions: { select: { action: { select: { id: true, titleEn: true, titleKo: true } } } },
} satisfies Prisma.CompanySelect;

export type CompanyView = Prisma.CompanyGetPayload<{ select: typeof companySelect }>;

/**
 * The companies a viewer may read, decided here for every read: nothing for a signed-out viewer,
 * shared ones and their own for an analyst, all live ones for an admin.
 */
function visibleTo(viewer: Viewer): Prisma.CompanyWhereInput {
  const live = { deletedAt: null };
  return viewer.role === "admin" ? live : { ...live, OR: [{ visibility: "shared" }, { authorId: viewer.id }] };
}

const byName = [{ nameEn: "asc" }, { ticker: "asc" }] satisfies Prisma.CompanyOrderByWithRelationInput[];

function assertCan(viewer: Viewer | null, action: CompanyVerb, company?: CompanyFacts): asserts viewer is Viewer {
  if (!viewer) throw new UnauthorizedError();
  if (!can(viewer, action, company))
    throw new ForbiddenError("You are not allowed to do this with this company.", "companyForbidden");
}

async function findCompanyFacts(id: string): Promise<CompanyFacts> {
  const company = await db.company.findUnique({
    where: { id },
    select: { authorId: true, visibility: true, deletedAt: true },
  });
  if (!company || company.deletedAt) throw new NotFoundError("No company with this id.");
  return company;
}

/** The companies of a sector the viewer may read, by English name. */
export async function listSectorCompanies(viewer: Viewer | null, sectorId: string): Promise<CompanyView[]> {
  if (!viewer) return [];
  return db.company.findMany({ where: { sectorId, ...visibleTo(viewer) }, orderBy: byName, select: companySelect });
}

/** The companies exposed to a measure ("exposed companies" on its page). */
export async function listMeasureCompanies(viewer: Viewer | null, measureId: string): Promise<CompanyView[]> {
  if (!viewer) return [];
  return db.company.findMany({
    where: { measures: { some: { measureId } }, ...visibleTo(viewer) },
    orderBy: byName,
    select: companySelect,
  });
}

/** The companies exposed to a recommended action. */
export async function listActionCompanies(viewer: Viewer | null, actionId: string): Promise<CompanyView[]> {
  if (!viewer) return [];
  return db.company.findMany({
    where: { actions: { some: { actionId } }, ...visibleTo(viewer) },
    orderBy: byName,
    select: companySelect,
  });
}

/** Every company the viewer may read, by sector then name (the CSV export). */
export async function listCompaniesForExport(viewer: Viewer | null): Promise<CompanyView[]> {
  if (!viewer) return [];
  return db.company.findMany({
    where: visibleTo(viewer),
    orderBy: [{ sector: { position: "asc" } }, ...byName],
    select: companySelect,
  });
}

export async function getCompany(viewer: Viewer | null, id: string): Promise<CompanyView> {
  if (!viewer) throw new UnauthorizedError();
  assertCan(viewer, "read", await findCompanyFacts(id));
  return db.company.findUniqueOrThrow({ where: { id }, select: companySelect });
}

/** Unknown measure or action ids are a 422 on their field, like any other invalid input. */
async function assertExposuresExist(measures: string[] | undefined, actions: string[] | undefined) {
  const [measureCount, actionCount] = await Promise.all([
    measures?.length ? db.measure.count({ where: { id: { in: measures } } }) : 0,
    actions?.length ? db.action.count({ where: { id: { in: actions } } }) : 0,
  ]);
  const issues: z.core.$ZodIssue[] = [];
  if (measures && measureCount !== measures.length)
    issues.push({
      code: "custom",
      path: ["measures"],
      message: VALIDATION_MESSAGES.companyUnknownMeasure,
      input: measures,
    });
  if (actions && actionCount !== actions.length)
    issues.push({
      code: "custom",
      path: ["actions"],
      message: VALIDATION_MESSAGES.companyUnknownAction,
      input: actions,
    });
  if (issues.length) throw new z.ZodError(issues);
}

type Tx = Prisma.TransactionClient;

/**
 * One company per market and ticker. A deleted company still holds its row (and revisions); a
 * new company on its ticker purges it, so deleting frees the ticker. Racing writers meet the
 * unique index, which is turned into the same refusal.
 */
async function claimTicker(tx: Tx, market: string, ticker: string, exceptId?: string) {
  const holder = await tx.company.findUnique({
    where: { market_ticker: { market, ticker } },
    select: { id: true, deletedAt: true },
  });
  if (!holder || holder.id === exceptId) return;
  if (!holder.deletedAt) throw new DuplicateCompanyError();
  await tx.company.delete({ where: { id: holder.id } });
}

function refuseDuplicate(error: unknown): never {
  if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
    throw new DuplicateCompanyError();
  throw error;
}

async function recordRevision(tx: Tx, companyId: string, editorId: string) {
  const [company, last] = await Promise.all([
    tx.company.findUniqueOrThrow({
      where: { id: companyId },
      select: {
        nameKo: true,
        nameEn: true,
        ticker: true,
        market: true,
        rationale: true,
        visibility: true,
        measures: { select: { measureId: true }, orderBy: { measureId: "asc" } },
        actions: { select: { actionId: true }, orderBy: { actionId: "asc" } },
      },
    }),
    tx.companyRevision.aggregate({ where: { companyId }, _max: { number: true } }),
  ]);
  const { measures, actions, ...fields } = company;
  await tx.companyRevision.create({
    data: {
      ...fields,
      companyId,
      editorId,
      number: (last._max.number ?? 0) + 1,
      measureIds: JSON.stringify(measures.map((link) => link.measureId)),
      actionIds: JSON.stringify(actions.map((link) => link.actionId)),
    },
  });
}

export async function createCompany(
  viewer: Viewer | null,
  sectorId: string,
  input: CompanyInput,
): Promise<CompanyView> {
  assertCan(viewer, "create");
  const sector = await db.sector.findUnique({ where: { id: sectorId }, select: { id: true } });
  if (!sector) throw new NotFoundError("No sector with this id.");
  await assertExposuresExist(input.measures, input.actions);
  const { measures, actions, ...fields } = input;
  return db
    .$transaction(async (tx) => {
      await claimTicker(tx, input.market, input.ticker);
      const company = await tx.company.create({
        data: {
          ...fields,
          sectorId,
          authorId: viewer.id,
          measures: { create: measures.map((measureId) => ({ measureId })) },
          actions: { create: actions.map((actionId) => ({ actionId })) },
        },
        select: { id: true },
      });
      await recordRevision(tx, company.id, viewer.id);
      return tx.company.findUniqueOrThrow({ where: { id: company.id }, select: companySelect });
    })
    .catch(refuseDuplicate);
}

/** Applies an edit and keeps the result as the next revision. */
export async function updateCompany(viewer: Viewer | null, id: string, update: CompanyUpdate): Promise<CompanyView> {
  if (!viewer) throw new UnauthorizedError();
  assertCan(viewer, "edit", await findCompanyFacts(id));
  await assertExposuresExist(update.measures, update.actions);
  const { measures, actions, ...fields } = update;
  return db
    .$transaction(async (tx) => {
      if (fields.market !== undefined || fields.ticker !== undefined) {
        const current = await tx.company.findUniqueOrThrow({ where: { id }, select: { market: true, ticker: true } });
        await claimTicker(tx, fields.market ?? current.market, fields.ticker ?? current.ticker, id);
      }
      await tx.company.update({
        where: { id },
        data: {
          ...fields,
          ...(measures && { measures: { deleteMany: {}, create: measures.map((measureId) => ({ measureId })) } }),
          ...(actions && { actions: { deleteMany: {}, create: actions.map((actionId) => ({ actionId })) } }),
        },
      });
      await recordRevision(tx, id, viewer.id);
      return tx.company.findUniqueOrThrow({ where: { id }, select: companySelect });
    })
    .catch(refuseDuplicate);
}

/** Soft delete: the company leaves every list, search and export; its revisions stay. */
export async function deleteCompany(viewer: Viewer | null, id: string): Promise<void> {
  if (!viewer) throw new UnauthorizedError();
  assertCan(viewer, "delete", await findCompanyFacts(id));
  await db.company.update({ where: { id }, data: { deletedAt: new Date() } });
}

/**
 * A company's saved versions, oldest first, for whoever may read it. Versions saved while it was
 * private are drafts: only its author and admins see them once it is shared (the notes' rule).
 */
export async function listCompanyRevisions(viewer: Viewer | null, id: string) {
  if (!viewer) throw new UnauthorizedError();
  const facts = await findCompanyFacts(id);
  assertCan(viewer, "read", facts);
  const drafts = isAuthorOrAdmin(viewer, facts);
  const revisions = await db.companyRevision.findMany({
    where: drafts ? { companyId: id } : { companyId: id, visibility: "shared" },
    orderBy: { number: "asc" },
    select: {
      number: true,
      nameKo: true,
      nameEn: true,
      ticker: true,
      market: true,
      rationale: true,
      visibility: true,
      measureIds: true,
      actionIds: true,
      createdAt: true,
      editor: { select: { id: true, name: true } },
    },
  });
  return revisions.map(({ measureIds, actionIds, ...revision }) => ({
    ...revision,
    measures: JSON.parse(measureIds) as string[],
    actions: JSON.parse(actionIds) as string[],
  }));
}
