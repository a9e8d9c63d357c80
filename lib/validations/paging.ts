/**
 * Keyset paging of the timeline and the events API. A cursor names the last entry shown: its
 * date, kind, creation time and id, which is the timeline's whole sort key. It stays valid while
 * rows are added (a page never repeats or skips an entry that existed when the first was read)
 * and is opaque to clients: base64url of a small JSON array, checked field by field on the way in.
 */
import { z } from "zod";
import { isoDate } from "./fields";

/** A position in the timeline's order: newest date first, status changes before events on a day. */
export type TimelineCursor = { date: string; kind: "status" | "event"; createdAt: Date; id: string };

export const EVENTS_PAGE_DEFAULT = 50;
export const EVENTS_PAGE_MAX = 200;
export const TIMELINE_PAGE_SIZE = 50;

const MAX_CURSOR_CHARS = 300;
const KINDS = { s: "status", e: "event" } as const;

const cursorTuple = z.tuple([
  isoDate,
  z.enum(["s", "e"]),
  z.iso.datetime({ offset: true }),
  z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
]);

export function encodeCursor(cursor: TimelineCursor): string {
  const tuple = [cursor.date, cursor.kind === "status" ? "s" : "e", cursor.createdAt.toISOString(), cursor.id];
  return Buffer.from(JSON.stringify(tuple)).toString("base64url");
}

/** The cursor's position, or null when the text is not one this app wrote. */
export function decodeCursor(text: string): TimelineCursor | null {
  if (text.length > MAX_CURSOR_CHARS || !/^[A-Za-z0-9_-]+$/.test(text)) return null;
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(text, "base64url").toString("utf8"));
  } catch {
    return null;
  }
  const parsed = cursorTuple.safeParse(json);
  if (!parsed.success) return null;
  const [date, kind, createdAt, id] = parsed.data;
  return { date, kind: KINDS[kind], createdAt: new Date(createdAt), id };
}

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

/** An optional cursor parameter: absent or blank is "from the start", anything unreadable is refused. */
export const cursorField = z.preprocess(
  blankToUndefined,
  z
    .string()
    .transform((text, context) => {
      const cursor = decodeCursor(text);
      if (!cursor) {
        context.addIssue({
          code: "custom",
          message: "This page cursor is not valid: start again from the first page.",
        });
        return z.NEVER;
      }
      return cursor;
    })
    .optional(),
);

/** The events API's page size: 1 to 200, 50 when not given. */
export const eventsLimitField = z.preprocess(
  blankToUndefined,
  z.coerce
    .number({ message: `limit must be a whole number from 1 to ${EVENTS_PAGE_MAX}.` })
    .int({ message: `limit must be a whole number from 1 to ${EVENTS_PAGE_MAX}.` })
    .min(1, { message: `limit must be a whole number from 1 to ${EVENTS_PAGE_MAX}.` })
    .max(EVENTS_PAGE_MAX, { message: `limit must be a whole number from 1 to ${EVENTS_PAGE_MAX}.` })
    .default(EVENTS_PAGE_DEFAULT),
);

/** The timeline page's position: `after` (older entries) or `before` (newer ones), never both. */
export const timelinePageSchema = z
  .object({ after: cursorField, before: cursorField })
  .refine((page) => !(page.after && page.before), {
    message: "Use either the newer or the older page link.",
    path: ["before"],
  });

export type TimelinePage = z.output<typeof timelinePageSchema>;
