import { ActionProgress } from "@/components/actions/action-progress";
import { countStatuses } from "@/lib/data/status";
import type { Locale } from "@/lib/i18n/routing";
import { FeedLink } from "./feed-link";
import { FollowButton } from "./follow-button";
import { StatusProgress } from "./status-progress";
import { getFollowLabels } from "./tracking-labels";

/** A sector page's tracking: its measures' progress, the follow button and the sector's feed. */
export async function SectorTracking({ sectorId, locale }: { sectorId: string; locale: Locale }) {
  const [progress, followLabels] = await Promise.all([countStatuses({ sectorId }), getFollowLabels("sector")]);
  return (
    <div className="mb-8 space-y-3">
      <p className="flex flex-wrap items-center gap-4 text-sm">
        <FollowButton target={{ kind: "sector", id: sectorId }} labels={followLabels} />
        <FeedLink href={`/feeds/sectors/${sectorId}.xml?lang=${locale}`} kind="subscribeSector" />
      </p>
      <StatusProgress counts={progress} id="sector-progress" />
      <ActionProgress scope={{ sectorId }} id="sector-action-progress" />
    </div>
  );
}
