import type { DeadlineState } from "@/lib/deadlines/state";
import type { BriefPeriod } from "@/lib/validations/briefs";
import type { BriefDeadlineState } from "./types";

/**
 * Where a deadline belongs in a brief, from its state on `asOf` (the period's end, or today while
 * the period runs): met in the period, fell due in the period unmet, or due after `asOf` up to
 * `horizon`. Anything else is not news for this period (null).
 */
export function classifyDeadline(
  state: DeadlineState,
  period: BriefPeriod,
  asOf: string,
  horizon: string,
): BriefDeadlineState | null {
  if (state.state === "met") return state.metOn >= period.from && state.metOn <= period.to ? "met" : null;
  if (state.state === "overdue") return state.dueOn >= period.from ? "missed" : null;
  return state.dueOn <= horizon && state.dueOn >= asOf ? "coming" : null;
}
