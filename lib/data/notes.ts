import "server-only";
import type { Viewer } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { ForbiddenError, NotFoundError, UnauthorizedError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, isAuthorOrAdmin, type NoteAction, type NoteFacts, restorableUntil } from "@/lib/notes/permissions";
import type { NoteInput, NoteUpdate } from "@/lib/validations/notes";
import { NOTES_PAGE_SIZE } from "@/lib/validations/notes";

/** What a note is attached to: a measure or a sector. */
export type NoteTarget = { measureId: string } | { sectorId: string };

/**
 * The revisions of a note a viewer may read. Revisions written while the note was private are
 * drafts: once it is shared, only its author and admins still see them. One rule for the history
 * page, the revisions API and the "History (n)" count on every note card.
 */
function revisionsVisibleTo(viewer: Viewer | null): Prisma.NoteRevisionWhereInput {
  if (viewer?.role === "admin") return {};
  return viewer ? { OR: [{ visibility: "shared" }, { note: { authorId: viewer.id } }] } : { visibility: "shared" };
}

/** What a note card, page or JSON shows; the revision count is the viewer's (drafts hidden from others). */
function noteSelectFor(viewer: Viewer | null) {
  return { ...noteSelect, _count: { select: { revisions: { where: revisionsVisibleTo(viewer) } } } };
}

const noteSelect = {
  id: true,
  body: true,
  visibility: true,
  createdAt: true,
  updatedAt: true,
  deletedAt: true,
  authorId: true,
  author: { select: { id: true, name: true } },
  // Titles so a note's pages (edit, history) can name what it is about.
  measure: { select: { id: true, slug: true, titleEn: true, titleKo: true } },
  sector: { select: { id: true, nameEn: true, nameKo: true } },
  _count: { select: { revisions: true } },
} satisfies Prisma.NoteSelect;

export type NoteView = Prisma.NoteGetPayload<{ select: typeof noteSelect }>;

function assertCan(viewer: Viewer | null, action: NoteAction, note?: NoteFacts): asserts viewer is Viewer {
  if (!viewer) throw new UnauthorizedError();
  if (!can(viewer, action, note))
    // "Can no longer be restored" only to someone who could have: anyone else was simply not allowed.
    throw action === "restore" && note && isAuthorOrAdmin(viewer, note)
      ? new ForbiddenError("This note can no longer be restored.", "noteRestoreExpired")
      : new ForbiddenError("You are not allowed to do this with this note.", "noteForbidden");
}

/** Notes a viewer may read: shared ones and their own; admins moderate and see all. */
function visibleTo(viewer: Viewer): Prisma.NoteWhereInput {
  return viewer.role === "admin" ? {} : { OR: [{ visibility: "shared" }, { authorId: viewer.id }] };
}

async function findNoteFacts(id: string) {
  const note = await db.note.findUnique({
    where: { id },
    select: { authorId: true, visibility: true, deletedAt: true },
  });
  if (!note) throw new NotFoundError("No note with this id.");
  return note;
}

export async function getMeasureIdBySlug(slug: string): Promise<string> {
  const measure = await db.measure.findUnique({ where: { slug }, select: { id: true } });
  if (!measure) throw new NotFoundError("No measure with this slug.");
  return measure.id;
}

export async function getSectorIdById(id: string): Promise<string> {
  const sector = await db.sector.findUnique({ where: { id }, select: { id: true } });
  if (!sector) throw new NotFoundError("No sector with this id.");
  return sector.id;
}

/** The notes on a measure or sector, newest first, and the viewer's deleted ones still restorable. */
export async function listNotesFor(viewer: Viewer | null, target: NoteTarget, limit = NOTES_PAGE_SIZE) {
  assertCan(viewer, "create"); // any signed-in analyst may read the list
  const since = new Date(Date.now() - 30 * 24 * 60 * 60 * 1000);
  const mine: Prisma.NoteWhereInput = viewer.role === "admin" ? {} : { authorId: viewer.id };
  const visible: Prisma.NoteWhereInput = { ...target, deletedAt: null, ...visibleTo(viewer) };
  const [notes, total, deleted] = await Promise.all([
    db.note.findMany({ where: visible, orderBy: { createdAt: "desc" }, take: limit, select: noteSelectFor(viewer) }),
    db.note.count({ where: visible }),
    db.note.findMany({
      where: { ...target, deletedAt: { gt: since }, ...mine },
      orderBy: { deletedAt: "desc" },
      take: limit,
      select: noteSelectFor(viewer),
    }),
  ]);
  const restorable = deleted.flatMap((note) => {
    const until = restorableUntil(note);
    return until ? [{ ...note, restorableUntil: until }] : [];
  });
  return { notes, total, deleted: restorable };
}

export async function getNote(viewer: Viewer | null, id: string): Promise<NoteView> {
  if (!viewer) throw new UnauthorizedError();
  assertCan(viewer, "read", await findNoteFacts(id));
  return db.note.findUniqueOrThrow({ where: { id }, select: noteSelectFor(viewer) });
}

export async function createNote(viewer: Viewer | null, target: NoteTarget, input: NoteInput): Promise<NoteView> {
  assertCan(viewer, "create");
  return db.$transaction(async (tx) => {
    const note = await tx.note.create({
      data: { ...target, body: input.body, visibility: input.visibility, authorId: viewer.id },
      select: { id: true },
    });
    await tx.noteRevision.create({
      data: { noteId: note.id, number: 1, body: input.body, visibility: input.visibility, editorId: viewer.id },
    });
    return tx.note.findUniqueOrThrow({ where: { id: note.id }, select: noteSelectFor(viewer) });
  });
}

/** Applies an edit and keeps it as the next revision. */
export async function updateNote(viewer: Viewer | null, id: string, update: NoteUpdate): Promise<NoteView> {
  if (!viewer) throw new UnauthorizedError();
  assertCan(viewer, "edit", await findNoteFacts(id));
  return db.$transaction(async (tx) => {
    const note = await tx.note.update({ where: { id }, data: update, select: { body: true, visibility: true } });
    const last = await tx.noteRevision.aggregate({ where: { noteId: id }, _max: { number: true } });
    await tx.noteRevision.create({
      data: {
        noteId: id,
        number: (last._max.number ?? 0) + 1,
        body: note.body,
        visibility: note.visibility,
        editorId: viewer.id,
      },
    });
    return tx.note.findUniqueOrThrow({ where: { id }, select: noteSelectFor(viewer) });
  });
}

export async function deleteNote(viewer: Viewer | null, id: string): Promise<void> {
  if (!viewer) throw new UnauthorizedError();
  assertCan(viewer, "delete", await findNoteFacts(id));
  await db.note.update({ where: { id }, data: { deletedAt: new Date() } });
}

export async function restoreNote(viewer: Viewer | null, id: string): Promise<NoteView> {
  if (!viewer) throw new UnauthorizedError();
  assertCan(viewer, "restore", await findNoteFacts(id));
  return db.note.update({ where: { id }, data: { deletedAt: null }, select: noteSelectFor(viewer) });
}

/** A note's revisions the viewer may read (`revisionsVisibleTo`), and how many are hidden from them. */
export async function listNoteRevisions(viewer: Viewer | null, id: string) {
  if (!viewer) throw new UnauthorizedError();
  const facts = await findNoteFacts(id);
  assertCan(viewer, "history", facts);
  const where: Prisma.NoteRevisionWhereInput = { noteId: id, ...revisionsVisibleTo(viewer) };
  const [revisions, all] = await Promise.all([
    db.noteRevision.findMany({
      where,
      orderBy: { number: "asc" },
      select: {
        number: true,
        body: true,
        visibility: true,
        createdAt: true,
        editor: { select: { id: true, name: true } },
      },
    }),
    db.noteRevision.count({ where: { noteId: id } }),
  ]);
  return { revisions, hidden: all - revisions.length };
}

/** The home page's "Recent notes" panel; nothing for a signed-out reader. */
export async function listRecentNotes(viewer: Viewer | null, limit = 5) {
  if (!viewer) return [];
  return db.note.findMany({
    where: { deletedAt: null, ...visibleTo(viewer) },
    orderBy: { createdAt: "desc" },
    take: limit,
    select: noteSelectFor(viewer),
  });
}

export type NoteFacetValues = { pillar: Set<string>; sector: Set<string>; policy: Set<string> };

/**
 * Which pillar, sectors and key policies a note counts under: its measure's (a sector through the
 * measure's links), or its own sector. One query for the plan's measures; the function it
 * resolves to maps a note's (measureId, sectorId) without touching the database.
 */
export async function loadNoteFacetValues(): Promise<
  (note: { measureId: string | null; sectorId: string | null }) => NoteFacetValues
> {
  const measures = await db.measure.findMany({
    select: {
      id: true,
      pillarId: true,
      sectors: { select: { sectorId: true } },
      keyPolicies: { select: { keyPolicyId: true } },
    },
  });
  const byId = new Map(measures.map((measure) => [measure.id, measure]));
  return ({ measureId, sectorId }) => {
    const measure = measureId ? byId.get(measureId) : undefined;
    return {
      pillar: new Set(measure ? [measure.pillarId] : []),
      sector: new Set([...(measure?.sectors.map((link) => link.sectorId) ?? []), ...(sectorId ? [sectorId] : [])]),
      policy: new Set(measure?.keyPolicies.map((link) => link.keyPolicyId) ?? []),
    };
  };
}

/**
 * How many notes the viewer can read, per pillar and per sector through the notes' measures
 * (bySector: a sector's own notes and its measures' notes), and a sector's own notes alone
 * (onSector: what the sector page's notes list shows, so its count agrees with the list).
 */
export async function countVisibleNotes(viewer: Viewer | null) {
  const bySector = new Map<string, number>();
  const byPillar = new Map<string, number>();
  const onSector = new Map<string, number>();
  if (!viewer) return { bySector, byPillar, onSector }; // signed-out readers see no notes, not even as counts
  // Counted in SQL per measure and sector, then folded into pillars and sectors through the 30
  // measures (loading every note took ~0.5 s at 100,000). Shared notes and the viewer's others
  // (all others, for an admin) are counted apart: each walks a covering index already grouped.
  const count = (where: Prisma.NoteWhereInput) =>
    db.note.groupBy({ by: ["measureId", "sectorId"], where: { deletedAt: null, ...where }, _count: { _all: true } });
  const [shared, others, valuesOf] = await Promise.all([
    count({ visibility: "shared" }),
    count({ visibility: { not: "shared" }, ...(viewer.role === "admin" ? {} : { authorId: viewer.id }) }),
    loadNoteFacetValues(),
  ]);
  const add = (map: Map<string, number>, key: string, notes: number) => map.set(key, (map.get(key) ?? 0) + notes);
  for (const { measureId, sectorId, _count } of [...shared, ...others]) {
    const values = valuesOf({ measureId, sectorId });
    for (const pillar of values.pillar) add(byPillar, pillar, _count._all);
    for (const sector of values.sector) add(bySector, sector, _count._all);
    if (sectorId) add(onSector, sectorId, _count._all);
  }
  return { bySector, byPillar, onSector };
}
