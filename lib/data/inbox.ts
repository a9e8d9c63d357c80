import "server-only";
import { db } from "@/lib/db";
import { ConflictError, DomainError, NotFoundError } from "@/lib/errors";
import { eventTypeForDocument, federalRegisterIdentifier } from "@/lib/federal-register/mapping";
import { acceptCandidateSchema } from "@/lib/validations/watch";

type Agency = { name: string; slug: string | null };

function parseJson<T>(json: string, fallback: T): T {
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

const candidateFields = {
  id: true,
  documentNumber: true,
  title: true,
  documentType: true,
  agencies: true,
  publicationDate: true,
  abstract: true,
  htmlUrl: true,
  pdfUrl: true,
  suggestedActionIds: true,
  status: true,
} as const;

/** How many candidates wait for a decision (the header's count). */
export async function countNewInboxCandidates(): Promise<number> {
  return db.inboxCandidate.count({ where: { status: "new" } });
}

/**
 * The candidates waiting for a decision, newest publication first, with their suggested
 * actions' titles (one query for all of them).
 */
export async function listNewInboxCandidates(take = 200) {
  const rows = await db.inboxCandidate.findMany({
    where: { status: "new" },
    orderBy: [{ publicationDate: "desc" }, { documentNumber: "asc" }],
    take,
    select: candidateFields,
  });
  const suggested = rows.map((row) => parseJson<string[]>(row.suggestedActionIds, []));
  const actions = await db.action.findMany({
    where: { id: { in: [...new Set(suggested.flat())] } },
    select: { id: true, titleEn: true, titleKo: true, sequence: true },
  });
  const byId = new Map(actions.map((action) => [action.id, action]));
  return rows.map((row, index) => ({
    ...row,
    agencies: parseJson<Agency[]>(row.agencies, []),
    eventType: eventTypeForDocument(row),
    suggestedActions: suggested[index].flatMap((id) => byId.get(id) ?? []),
  }));
}

export type InboxCandidateRow = Awaited<ReturnType<typeof listNewInboxCandidates>>[number];

/** One candidate for its decision page, with every action to choose from; null when there is none. */
export async function getInboxCandidate(candidateId: string) {
  const row = await db.inboxCandidate.findUnique({
    where: { id: candidateId },
    select: { ...candidateFields, decidedAt: true, decidedBy: { select: { name: true } }, eventId: true },
  });
  if (!row) return null;
  const actions = await db.action.findMany({
    orderBy: { sequence: "asc" },
    select: { id: true, measureId: true, titleEn: true, titleKo: true },
  });
  const suggestedIds = parseJson<string[]>(row.suggestedActionIds, []);
  return {
    ...row,
    agencies: parseJson<Agency[]>(row.agencies, []),
    eventType: eventTypeForDocument(row),
    suggestedIds,
    actions,
  };
}

/**
 * Turns a candidate into a timeline event linked to the chosen actions (and so to their
 * measures), and marks it accepted, in one transaction. A candidate someone else decided
 * meanwhile is refused (409) and nothing is written.
 */
export async function acceptInboxCandidate(actorId: string, input: unknown) {
  const { candidateId, actionIds, ...event } = acceptCandidateSchema.parse(input);
  return db.$transaction(async (tx) => {
    const candidate = await tx.inboxCandidate.findUnique({
      where: { id: candidateId },
      select: { status: true, htmlUrl: true, pdfUrl: true, documentNumber: true, agencies: true },
    });
    if (!candidate) throw new NotFoundError("There is no such inbox candidate.");
    if (candidate.status !== "new") throw new ConflictError("This document has already been decided.");
    const actions = await tx.action.findMany({
      where: { id: { in: actionIds } },
      select: { id: true, measureId: true },
    });
    if (actions.length !== actionIds.length) throw new DomainError("Choose actions of the plan.", 422);
    const measureIds = [...new Set(actions.map((action) => action.measureId))];
    const created = await tx.event.create({
      data: {
        ...event,
        sourceUrl: candidate.htmlUrl,
        // The provenance fields (docs/timeline.md), from the document itself.
        identifiers: JSON.stringify([federalRegisterIdentifier(candidate.documentNumber)]),
        issuingBody:
          parseJson<Agency[]>(candidate.agencies, [])
            .map((agency) => agency.name)
            .join("; ") || null,
        confidence: "official", // the Federal Register is the official publication
        sourceUrls: JSON.stringify(candidate.pdfUrl ? [candidate.pdfUrl] : []),
        createdById: actorId,
        measures: { create: measureIds.map((measureId) => ({ measureId })) },
        actions: { create: actionIds.map((actionId) => ({ actionId })) },
      },
      select: { id: true },
    });
    const { count } = await tx.inboxCandidate.updateMany({
      where: { id: candidateId, status: "new" },
      data: { status: "accepted", decidedById: actorId, decidedAt: new Date(), eventId: created.id },
    });
    if (!count) throw new ConflictError("This document has already been decided.");
    return created;
  });
}

/** Sets a candidate aside for good: its document number stays, so the watch never brings it back. */
export async function dismissInboxCandidate(actorId: string, candidateId: string) {
  const { count } = await db.inboxCandidate.updateMany({
    where: { id: candidateId, status: "new" },
    data: { status: "dismissed", decidedById: actorId, decidedAt: new Date() },
  });
  if (count) return;
  const exists = await db.inboxCandidate.count({ where: { id: candidateId } });
  if (!exists) throw new NotFoundError("There is no such inbox candidate.");
  throw new ConflictError("This document has already been decided.");
}
