"use client";

import type { ReactNode } from "react";
import { useSignedIn } from "./use-tracking-viewer";

/** Shows analyst-only controls to signed-in readers, and `fallback` to everyone else. */
export function SignedInOnly({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  const signedIn = useSignedIn();
  if (signedIn === undefined) return null;
  return <>{signedIn ? children : fallback}</>;
}
