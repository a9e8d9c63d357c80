import { StatusProgress } from "@/components/tracking/status-progress";
import { countActionStatuses } from "@/lib/data/action-status";

/** Progress counted over recommended actions (beside the measures' own), for the plan, a pillar or a sector. */
export async function ActionProgress({
  scope = {},
  id,
  headingLevel,
}: {
  scope?: { pillarId?: string; sectorId?: string };
  id: string;
  headingLevel?: 2 | 3;
}) {
  const counts = await countActionStatuses(scope);
  if (counts.total === 0) return null;
  return <StatusProgress counts={counts} id={id} unit="actions" headingLevel={headingLevel} />;
}
