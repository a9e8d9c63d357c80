"use client";

import { createContext, type ReactNode, useContext } from "react";

export type ErrorStrings = { title: string; body: string; retry: string };

const ErrorStringsContext = createContext<ErrorStrings | null>(null);

/**
 * The error page's strings, in the page's language. An error boundary is a client component the
 * server cannot pass props to, so the layout hands them down here instead of through a message runtime.
 */
export function ErrorStringsProvider({ strings, children }: { strings: ErrorStrings; children: ReactNode }) {
  return <ErrorStringsContext value={strings}>{children}</ErrorStringsContext>;
}

export function useErrorStrings(): ErrorStrings {
  const strings = useContext(ErrorStringsContext);
  if (!strings) throw new Error("useErrorStrings needs an ErrorStringsProvider above it (app/[locale]/layout.tsx).");
  return strings;
}
