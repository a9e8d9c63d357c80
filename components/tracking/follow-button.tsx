"use client";

import { useActionState } from "react";
import { toggleFollowAction } from "@/lib/actions/follows";
import type { FormState } from "@/lib/actions/form-state";

type Target = { kind: "measure" | "sector"; id: string };

/**
 * Follow / unfollow a measure or sector. The server renders it only for a signed-in analyst, with
 * whether they follow it now; it is a plain form post, so it works without JavaScript too.
 */
export function FollowButton({
  target,
  following: initial,
  labels,
}: {
  target: Target;
  following: boolean;
  labels: { follow: string; unfollow: string };
}) {
  const [state, action, pending] = useActionState<FormState<{ following: boolean }>, FormData>(toggleFollowAction, {
    ok: false,
    message: "",
  });

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
