import { ActionProgress } from "@/components/actions/action-progress";
import { getViewer } from "@/lib/auth/session";
import { countStatuses } from "@/lib/data/status";
import type { Locale } from "@/lib/i18n/routing";
import { FeedLink } from "./feed-link";
import { FollowControl } from "./follow-control";
import { StatusProgress } from "./status-progress";

/** A sector page's tracking: its measures' progress, the follow button and the sector's feed. */
export async function SectorTracking({ sectorId, locale }: { sectorId: string; locale: Locale }) {
  const [progress, viewer] = await Promise.all([countStatuses({ sectorId }), getViewer()]);
  return (
    <div className="mb-8 space-y-3">
      <p className="flex flex-wrap items-center gap-4 text-sm">
        <FollowControl viewer={viewer} target={{ kind: "sector", id: sectorId }} />
        <FeedLink href={`/feeds/sectors/${sectorId}.xml?lang=${locale}`} kind="subscribeSector" />
      </p>
      <StatusProgress counts={progress} id="sector-progress" />
      <ActionProgress scope={{ sectorId }} id="sector-action-progress" />
    </div>
  );
}
