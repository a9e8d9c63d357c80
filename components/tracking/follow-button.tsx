"use client";

import { useActionState, useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { toggleFollow } from "@/lib/actions/follows";
import type { FormState } from "@/lib/actions/form-state";
import { useSignedIn } from "./use-signed-in";

type Target = { kind: "measure" | "sector"; id: string };

/** Follow / unfollow a measure or sector. Only shown to signed-in analysts. */
export function FollowButton({ target }: { target: Target }) {
  const t = useTranslations("Following");
  const signedIn = useSignedIn();
  const [initial, setInitial] = useState<boolean | undefined>(undefined);
  const [state, action, pending] = useActionState<FormState<{ following: boolean }>, FormData>(toggleFollow, { ok: false, message: "" });

  useEffect(() => {
    if (!signedIn) return;
    let active = true;
    fetch("/api/follows", { credentials: "same-origin", cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((body: { data?: { measures: string[]; sectors: string[] } } | null) => {
        const list = target.kind === "measure" ? body?.data?.measures : body?.data?.sectors;
        if (active) setInitial(Boolean(list?.includes(target.id)));
      })
      .catch(() => active && setInitial(false));
    return () => {
      active = false;
    };
  }, [signedIn, target.kind, target.id]);

  if (!signedIn || initial === undefined) return null;
  const following = state.ok && state.data ? state.data.following : initial;
  const label =
    target.kind === "measure" ? t(following ? "unfollowMeasure" : "followMeasure") : t(following ? "unfollowSector" : "followSector");
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
