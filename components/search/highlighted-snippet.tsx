import type { SnippetPart } from "@/lib/search/snippet";

/** Matches as <mark>, everything as text: React escapes it, so a note cannot inject markup. */
export function HighlightedSnippet({ parts }: { parts: SnippetPart[] }) {
  // Keyed by where each part starts in the snippet: unique, and stable for one snippet.
  let at = 0;
  const keyed = parts.map((part) => {
    const key = at;
    at += part.text.length;
    return { ...part, key };
  });
  return (
    <p className="mt-1 text-sm text-slate-700">
      {keyed.map((part) =>
        part.match ? (
          <mark key={part.key} className="rounded bg-amber-200 px-0.5 text-slate-900">
            {part.text}
          </mark>
        ) : (
          <span key={part.key}>{part.text}</span>
        ),
      )}
    </p>
  );
}
