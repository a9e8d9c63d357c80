import { describe, expect, it } from "vitest";
import type { Viewer } from "@/lib/auth/session";
import { can, type NoteAction } from "@/lib/notes/permissions";

const author: Viewer = { id: "author", name: "Author", email: "a@example.com", role: "analyst" };
const other: Viewer = { id: "other", name: "Other", email: "o@example.com", role: "analyst" };
const admin: Viewer = { id: "admin", name: "Admin", email: "ad@example.com", role: "admin" };
const viewers = { anonymous: null, author, other, admin } as const;

const now = new Date("2026-11-24T00:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);
const notes = {
  shared: { authorId: "author", visibility: "shared", deletedAt: null },
  private: { authorId: "author", visibility: "private", deletedAt: null },
  deletedRecently: { authorId: "author", visibility: "shared", deletedAt: daysAgo(29) },
  deletedLongAgo: { authorId: "author", visibility: "shared", deletedAt: daysAgo(31) },
};

// viewer → note → actions allowed (every other action must be refused)
const allowed: Record<keyof typeof viewers, Record<keyof typeof notes, NoteAction[]>> = {
  anonymous: { shared: [], private: [], deletedRecently: [], deletedLongAgo: [] },
  author: {
    shared: ["read", "history", "edit", "delete"],
    private: ["read", "history", "edit", "delete"],
    deletedRecently: ["read", "history", "restore"],
    deletedLongAgo: ["read", "history"],
  },
  other: { shared: ["read", "history"], private: [], deletedRecently: [], deletedLongAgo: [] },
  admin: {
    shared: ["read", "history", "edit", "delete"],
    private: ["read", "history", "edit", "delete"],
    deletedRecently: ["read", "history", "restore"],
    deletedLongAgo: ["read", "history"],
  },
};

const ACTIONS: NoteAction[] = ["read", "history", "edit", "delete", "restore"];

describe("who may do what with a note", () => {
  for (const [viewerName, viewer] of Object.entries(viewers)) {
    for (const [noteName, note] of Object.entries(notes)) {
      for (const action of ACTIONS) {
        const expected = allowed[viewerName as keyof typeof viewers][noteName as keyof typeof notes].includes(action);
        it(`${viewerName} ${expected ? "may" : "may not"} ${action} a ${noteName} note`, () => {
          expect(can(viewer, action, note, now)).toBe(expected);
        });
      }
    }
  }

  it("lets any signed-in analyst or admin create a note, and nobody signed out", () => {
    expect(can(null, "create")).toBe(false);
    expect(can(author, "create")).toBe(true);
    expect(can(admin, "create")).toBe(true);
  });
});
