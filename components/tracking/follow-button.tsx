"use client";

import { useActionState } from "react";
import { toggleFollow } from "@/lib/actions/follows";
import type { FormState } from "@/lib/actions/form-state";
import { useTrackingViewer } from "./use-tracking-viewer";

type Target = { kind: "measure" | "sector"; id: string };

/** Follow / unfollow a measure or sector. Only shown to signed-in analysts. */
export function FollowButton({ target, labels }: { target: Target; labels: { follow: string; unfollow: string } }) {
  const viewer = useTrackingViewer();
  const [state, action, pending] = useActionState<FormState<{ following: boolean }>, FormData>(toggleFollow, {
    ok: false,
    message: "",
  });

  if (!viewer?.signedIn) return null;
  const followed = target.kind === "measure" ? viewer.follows.measures : viewer.follows.sectors;
  const initial = followed.includes(target.id);
  const following = state.ok && state.data ? state.data.following : initial;
  const label = following ? labels.unfollow : labels.follow;
  return (
    <form action={action} className="inline-flex items-center gap-2">
      <input type="hidden" name="kind" value={target.kind} />
      <input type="hidden" name="id" value={target.id} />
      <input type="hidden" name="follow" value={String(!following)} />
      <button
        type="submit"
        disabled={pending}
        aria-pressed={following}
        className="rounded border border-brand-700 px-3 py-1 text-sm font-semibold text-brand-800 hover:bg-brand-50 disabled:opacity-60"
      >
        {following ? `★ ${label}` : `☆ ${label}`}
      </button>
      {!state.ok && state.message ? (
        <span role="alert" className="text-sm text-red-700">
          {state.message}
        </span>
      ) : null}
    </form>
  );
}
