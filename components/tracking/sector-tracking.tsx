import { countStatuses } from "@/lib/data/status";
import type { Locale } from "@/lib/i18n/routing";
import { FeedLink } from "./feed-link";
import { FollowButton } from "./follow-button";
import { StatusProgress } from "./status-progress";
import { TrackingIntl } from "./tracking-intl";

/** A sector page's tracking: its measures' progress, the follow button and the sector's feed. */
export async function SectorTracking({ sectorId, locale }: { sectorId: string; locale: Locale }) {
  const progress = await countStatuses({ sectorId });
  return (
    <div className="mb-8 space-y-3">
      <p className="flex flex-wrap items-center gap-4 text-sm">
        <TrackingIntl namespaces={["Following"]}>
          <FollowButton target={{ kind: "sector", id: sectorId }} />
        </TrackingIntl>
        <FeedLink href={`/feeds/sectors/${sectorId}.xml?lang=${locale}`} kind="subscribeSector" />
      </p>
      <StatusProgress counts={progress} id="sector-progress" />
    </div>
  );
}
