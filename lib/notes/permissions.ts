/**
 * Who may do what with a note: the one place the rules live. Server actions, route handlers and
 * the data layer all ask `can`; the unit tests check it as a table.
 */
import type { Viewer } from "@/lib/auth/session";

export const RESTORE_WINDOW_DAYS = 30;
const RESTORE_WINDOW_MS = RESTORE_WINDOW_DAYS * 24 * 60 * 60 * 1000;

export type NoteAction = "create" | "read" | "history" | "edit" | "delete" | "restore";
export type NoteFacts = { authorId: string; visibility: string; deletedAt: Date | null };

export function isAuthorOrAdmin(viewer: Viewer, note: NoteFacts): boolean {
  return viewer.role === "admin" || viewer.id === note.authorId;
}

export function restorableUntil(note: NoteFacts): Date | null {
  return note.deletedAt ? new Date(note.deletedAt.getTime() + RESTORE_WINDOW_MS) : null;
}

/** Whether `viewer` (null when signed out) may do `action` to `note` (omitted for "create"). */
export function can(viewer: Viewer | null, action: NoteAction, note?: NoteFacts, now = new Date()): boolean {
  if (!viewer) return false; // signed-out readers see no notes at all
  if (action === "create") return true;
  if (!note) return false;
  const mine = isAuthorOrAdmin(viewer, note);
  switch (action) {
    case "read":
    case "history":
      // A deleted note is only visible to those who may restore it.
      return note.deletedAt ? mine : note.visibility === "shared" || mine;
    case "edit":
    case "delete":
      return mine && !note.deletedAt;
    case "restore":
      return mine && now < (restorableUntil(note) ?? now);
  }
}
