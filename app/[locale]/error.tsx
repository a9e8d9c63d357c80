"use client";

import { useErrorStrings } from "@/components/layout/error-strings";

// Shown instead of a stack trace when a page fails; the details stay in the server log.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useErrorStrings();
  return (
    <div role="alert" className="space-y-4 py-12">
      <h1 className="text-2xl font-bold">{t.title}</h1>
      <p className="text-slate-700">{t.body}</p>
      <button
        type="button"
        onClick={reset}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800"
      >
        {t.retry}
      </button>
    </div>
  );
}
