"use client";

import { useEffect, useState } from "react";

/**
 * Whether someone is signed in, asked from the browser like the header's account menu does, so
 * that the pages around the analyst forms stay static. The server actions check again.
 */
export function useSignedIn(): boolean | undefined {
  const [signedIn, setSignedIn] = useState<boolean | undefined>(undefined);
  useEffect(() => {
    let active = true;
    fetch("/api/auth/get-session", { credentials: "same-origin", cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((session: { user?: unknown } | null) => active && setSignedIn(Boolean(session?.user)))
      .catch(() => active && setSignedIn(false));
    return () => {
      active = false;
    };
  }, []);
  return signedIn;
}
