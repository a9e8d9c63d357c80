"use client";

import { useEffect, useState } from "react";

export type TrackingViewer =
  | { signedIn: false }
  | { signedIn: true; follows: { measures: string[]; sectors: string[] } };

// One request shared by every tracking control on a page (status form, event links, follow
// button). It goes to our own /api/follows rather than the auth endpoint, which is rate-limited
// per client address and is already asked by the header's account menu.
const REUSE_MS = 2_000; // long enough for one page's controls, short enough to notice a sign-in
let pending: { at: number; promise: Promise<TrackingViewer> } | null = null;

function fetchViewer(): Promise<TrackingViewer> {
  if (pending && Date.now() - pending.at < REUSE_MS) return pending.promise;
  const promise = fetch("/api/follows", { credentials: "same-origin", cache: "no-store" })
    .then(async (response): Promise<TrackingViewer> => {
      if (!response.ok) return { signedIn: false };
      const body = (await response.json()) as { data: { measures: string[]; sectors: string[] } };
      return { signedIn: true, follows: body.data };
    })
    .catch((): TrackingViewer => ({ signedIn: false }));
  pending = { at: Date.now(), promise };
  return promise;
}

/**
 * Who is reading, asked from the browser like the header's account menu does, so that the pages
 * around the analyst controls stay static. The server actions check again.
 */
export function useTrackingViewer(): TrackingViewer | undefined {
  const [viewer, setViewer] = useState<TrackingViewer | undefined>(undefined);
  useEffect(() => {
    let active = true;
    fetchViewer().then((value) => active && setViewer(value));
    return () => {
      active = false;
    };
  }, []);
  return viewer;
}

export function useSignedIn(): boolean | undefined {
  return useTrackingViewer()?.signedIn;
}
