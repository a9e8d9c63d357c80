/**
 * The fixed vocabularies and limits of analysts' input, without zod: the client forms import them
 * from here, so that zod (≈ 30 KB gzipped) is never shipped to the browser. The schemas in the
 * sibling modules build on them and re-export them.
 */
export const NOTE_MAX_LENGTH = 20_000;
export const VISIBILITIES = ["shared", "private"] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const IMPLEMENTATION_STATUSES = ["not-started", "in-progress", "partially-implemented", "implemented"] as const;
export type ImplementationStatus = (typeof IMPLEMENTATION_STATUSES)[number];

export const EVENT_TYPES = [
  "executive-order",
  "rfi",
  "proposed-rule",
  "final-rule",
  "funding",
  "guidance",
  "report",
  "legislation",
  "other",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
