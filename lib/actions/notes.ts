"use server";

import { refresh } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { createElement } from "react";
import type { z } from "zod";
import {
  createNote,
  deleteNote,
  getMeasureIdBySlug,
  getSectorIdById,
  type NoteTarget,
  restoreNote,
  updateNote,
} from "@/lib/data/notes";
import { TooManyRequestsError } from "@/lib/errors";
import { NoteMarkdown } from "@/lib/notes/markdown";
import { NOTE_MAX_LENGTH, noteInputSchema, noteUpdateSchema } from "@/lib/validations/notes";
import { noteTargetRefSchema, readForm, readId } from "./arguments";
import { toFormError } from "./form-errors";
import type { FormState } from "./form-state";
import { getWritingViewer } from "./writing-viewer";

export type NoteTargetRef = z.infer<typeof noteTargetRefSchema>;

async function resolveTarget(value: unknown): Promise<NoteTarget> {
  const ref = noteTargetRefSchema.parse(value);
  if (ref.kind === "measure") return { measureId: await getMeasureIdBySlug(ref.slug) };
  return { sectorId: await getSectorIdById(ref.id) };
}

function noteFields(value: unknown) {
  const formData = readForm(value);
  return { body: formData.get("body") ?? undefined, visibility: formData.get("visibility") ?? undefined };
}

export async function createNoteAction(
  ref: NoteTargetRef,
  _previous: FormState,
  formData: FormData,
): Promise<FormState> {
  const t = await getTranslations("Notes");
  try {
    const target = await resolveTarget(ref);
    const input = noteInputSchema.parse(noteFields(formData));
    await createNote(await getWritingViewer(), target, input);
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
  refresh();
  return { ok: true, message: t("saved") };
}

export async function updateNoteAction(noteId: string, _previous: FormState, formData: FormData): Promise<FormState> {
  const t = await getTranslations("Notes");
  try {
    const update = noteUpdateSchema.parse(noteFields(formData));
    await updateNote(await getWritingViewer(), readId(noteId), update);
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
  refresh();
  return { ok: true, message: t("saved") };
}

export async function deleteNoteAction(noteId: string, _previous: FormState): Promise<FormState> {
  const t = await getTranslations("Notes");
  try {
    await deleteNote(await getWritingViewer(), readId(noteId));
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
  refresh();
  return { ok: true, message: t("deleted") };
}

export async function restoreNoteAction(noteId: string, _previous: FormState): Promise<FormState> {
  const t = await getTranslations("Notes");
  try {
    await restoreNote(await getWritingViewer(), readId(noteId));
  } catch (error) {
    return await toFormError(error, t("fixFields"));
  }
  refresh();
  return { ok: true, message: t("restored") };
}

/**
 * The preview, rendered by the same sanitizing renderer as saved notes; no Markdown code ships to
 * the browser. A render costs like a write, so it counts against the write limit (over it: nothing
 * is rendered); a body past the Markdown bounds is shown as text by the renderer.
 */
export async function previewNoteAction(body: unknown): Promise<ReactNode> {
  try {
    if (!(await getWritingViewer())) return null;
  } catch (error) {
    if (error instanceof TooManyRequestsError) return null;
    throw error;
  }
  const text = typeof body === "string" ? body.slice(0, NOTE_MAX_LENGTH) : "";
  return createElement(NoteMarkdown, { body: text });
}
