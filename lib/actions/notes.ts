"use server";

import { refresh } from "next/cache";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { createElement } from "react";
import { NoteMarkdown } from "@/components/notes/note-markdown";
import { getViewer } from "@/lib/auth/session";
import {
  createNote,
  deleteNote,
  getMeasureIdBySlug,
  getSectorIdById,
  type NoteTarget,
  restoreNote,
  updateNote,
} from "@/lib/data/notes";
import { redirect } from "@/lib/i18n/navigation";
import { NOTE_MAX_LENGTH, noteInputSchema, noteUpdateSchema } from "@/lib/validations/notes";
import { toFormError } from "./form-errors";
import type { FormState } from "./form-state";
import { getWritingViewer } from "./writing-viewer";

export type NoteTargetRef = { kind: "measure"; slug: string } | { kind: "sector"; id: string };

async function resolveTarget(ref: NoteTargetRef): Promise<NoteTarget> {
  if (ref.kind === "measure") return { measureId: await getMeasureIdBySlug(ref.slug) };
  return { sectorId: await getSectorIdById(ref.id) };
}

function noteFields(formData: FormData) {
  return { body: formData.get("body") ?? undefined, visibility: formData.get("visibility") ?? undefined };
}

export async function createNoteAction(
  ref: NoteTargetRef,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const t = await getTranslations("Notes");
  try {
    const input = noteInputSchema.parse(noteFields(formData));
    await createNote(await getWritingViewer(), await resolveTarget(ref), input);
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
  refresh();
  return { ok: true, message: t("saved") };
}

/** Saves an edit, then returns the writer to the note on its measure's (or sector's) page. */
export async function updateNoteAction(noteId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("Notes");
  let note: Awaited<ReturnType<typeof updateNote>>;
  try {
    const update = noteUpdateSchema.parse(noteFields(formData));
    note = await updateNote(await getWritingViewer(), noteId, update);
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
  const page = note.measure ? `/measures/${note.measure.slug}` : note.sector ? `/sectors/${note.sector.id}` : "/";
  redirect({ href: `${page}#note-${note.id}`, locale: await getLocale() });
  return { ok: true, message: t("saved") };
}

export async function deleteNoteAction(noteId: string, _previous: FormState): Promise<FormState> {
  const t = await getTranslations("Notes");
  try {
    await deleteNote(await getWritingViewer(), noteId);
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
  refresh();
  return { ok: true, message: t("deleted") };
}

export async function restoreNoteAction(noteId: string, _previous: FormState): Promise<FormState> {
  const t = await getTranslations("Notes");
  try {
    await restoreNote(await getWritingViewer(), noteId);
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
  refresh();
  return { ok: true, message: t("restored") };
}

/** The preview, rendered by the same sanitizing renderer as saved notes; no Markdown code ships to the browser. */
export async function previewNoteAction(body: string): Promise<ReactNode> {
  if (!(await getViewer())) return null;
  const text = typeof body === "string" ? body.slice(0, NOTE_MAX_LENGTH) : "";
  return createElement(NoteMarkdown, { body: text });
}
