"use client";

import { useEffect, useState } from "react";

// One session request shared by every tracking control on a page (status form, event link,
// follow button): the auth endpoint is rate-limited per client, so each must not ask on its own.
const REUSE_MS = 2_000; // long enough for one page's controls, short enough to notice a sign-in
let pending: { at: number; promise: Promise<boolean> } | null = null;

function fetchSignedIn(): Promise<boolean> {
  if (pending && Date.now() - pending.at < REUSE_MS) return pending.promise;
  const promise = fetch("/api/auth/get-session", { credentials: "same-origin", cache: "no-store" })
    .then((response) => (response.ok ? response.json() : null))
    .then((session: { user?: unknown } | null) => Boolean(session?.user))
    .catch(() => false);
  pending = { at: Date.now(), promise };
  return promise;
}

/**
 * Whether someone is signed in, asked from the browser like the header's account menu does, so
 * that the pages around the analyst forms stay static. The server actions check again.
 */
export function useSignedIn(): boolean | undefined {
  const [signedIn, setSignedIn] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let active = true;
    fetchSignedIn().then((value) => active && setSignedIn(value));
    return () => {
      active = false;
    };
  }, []);
  return signedIn;
}
