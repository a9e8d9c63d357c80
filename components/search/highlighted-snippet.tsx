import type { SnippetPart } from "@/lib/search/snippet";

/** Matches as <mark>, everything as text: React escapes it, so a note cannot inject markup. */
export function HighlightedSnippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="mt-1 text-sm text-slate-700">
      {parts.map((part, index) =>
        part.match ? (
          <mark key={index} className="rounded bg-amber-200 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </p>
  );
}
