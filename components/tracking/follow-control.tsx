import type { Viewer } from "@/lib/auth/session";
import { isFollowing } from "@/lib/data/follows";
import type { FollowTarget } from "@/lib/validations/follows";
import { FollowButton } from "./follow-button";
import { getFollowLabels } from "./tracking-labels";

/** The follow button for a signed-in viewer, with whether they follow `target` now; nothing otherwise. */
export async function FollowControl({ viewer, target }: { viewer: Viewer | null; target: FollowTarget }) {
  if (!viewer) return null;
  const [following, labels] = await Promise.all([isFollowing(viewer.id, target), getFollowLabels(target.kind)]);
  return <FollowButton target={target} following={following} labels={labels} />;
}
