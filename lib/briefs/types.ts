/**
 * A brief: what changed in a period, as plain data in one language. composeBrief (compose.ts)
 * builds it; the page, the Markdown and the PDF only lay it out, so all three say the same.
 */
import type { MonthlyStatusPoint } from "@/lib/charts/series";
import type { Locale } from "@/lib/i18n/routing";
import type { BriefPeriod } from "@/lib/validations/briefs";
import type { EventType } from "@/lib/validations/events";
import type { ImplementationStatus } from "@/lib/validations/status";

export type BriefMeasureRef = { id: string; slug: string; title: string };

export type BriefStatusChange = {
  id: string;
  /** The UTC day it was recorded. */
  day: string;
  measureId: string;
  action: { id: string; title: string } | null;
  status: ImplementationStatus;
  verified: boolean;
  reason: string;
  author: string;
  /** Numbers in `Brief.sources`. */
  sources: number[];
};

export type BriefEvent = {
  id: string;
  occurredOn: string;
  type: EventType;
  title: string;
  summary: string;
  measureIds: string[];
  sources: number[];
};

export type BriefDeadlineState = "met" | "missed" | "coming";

export type BriefDeadline = {
  id: string;
  state: BriefDeadlineState;
  provision: string;
  instrument: string;
  dueOn: string;
  /** The day the last meeting event happened (met only). */
  metOn: string | null;
  measureIds: string[];
};

export type BriefNote = {
  id: string;
  day: string;
  author: string;
  body: string;
  measureId: string | null;
  sectorId: string | null;
};

export type BriefCompany = { id: string; name: string; ticker: string; market: string; rationale: string };

export type BriefMeasure = BriefMeasureRef & {
  statusChanges: BriefStatusChange[];
  events: BriefEvent[];
  deadlines: BriefDeadline[];
  notes: BriefNote[];
};

export type BriefPillar = { id: string; number: number; title: string; measures: BriefMeasure[] };

export type BriefSectorMeasure = BriefMeasureRef & {
  statusChanges: number;
  events: number;
  deadlines: number;
  notes: number;
};

export type BriefSector = {
  id: string;
  name: string;
  horizon: "near-term" | "following";
  measures: BriefSectorMeasure[];
  events: BriefEvent[];
  notes: BriefNote[];
  /** null for a signed-out reader (companies are analysts' data); [] when analysts tied none. */
  companies: BriefCompany[] | null;
};

export type Brief = {
  period: BriefPeriod;
  locale: Locale;
  /** The day deadlines are judged on: the period's end, or today while the period is still running. */
  asOf: string;
  signedIn: boolean;
  totals: {
    statusChanges: number;
    events: number;
    met: number;
    missed: number;
    coming: number;
    /** null for a signed-out reader, who gets no note and no note count. */
    notes: number | null;
  };
  /** Events that concern every measure of the plan, shown once rather than under each. */
  planWideEvents: BriefEvent[];
  pillars: BriefPillar[];
  sectors: BriefSector[];
  deadlines: Record<BriefDeadlineState, BriefDeadline[]>;
  /**
   * Recommended actions by status, a point per month (UTC) from the period's first month to the
   * month of `asOf`: at each month's end, the last at the end of `asOf` (later changes never count).
   */
  chart: MonthlyStatusPoint[];
  /** Every address cited, numbered from 1 in the order the brief first cites them. */
  sources: { number: number; url: string }[];
};
