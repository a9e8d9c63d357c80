import { diffLines } from "diff";
import { getTranslations } from "next-intl/server";

/** Two revisions line by line: removed lines struck through in red, added lines in green. */
export async function RevisionDiff({ before, after }: { before: string; after: string }) {
  const t = await getTranslations("Notes");
  // Each part keyed by where it starts in the old and new text: unique, and stable for one pair.
  let oldAt = 0;
  let newAt = 0;
  const parts = diffLines(before, after).map((part) => {
    const key = `${oldAt}-${newAt}`;
    if (!part.added) oldAt += part.value.length;
    if (!part.removed) newAt += part.value.length;
    return { ...part, key };
  });
  return (
    <figure aria-label={t("diffLabel")}>
      <pre className="overflow-x-auto rounded border border-slate-200 p-3 text-sm leading-relaxed whitespace-pre-wrap">
        {parts.map((part) =>
          part.added ? (
            <ins key={part.key} className="block bg-green-50 text-green-900 no-underline">
              <span className="sr-only">{t("added")}: </span>
              {part.value}
            </ins>
          ) : part.removed ? (
            <del key={part.key} className="block bg-red-50 text-red-900">
              <span className="sr-only">{t("removed")}: </span>
              {part.value}
            </del>
          ) : (
            <span key={part.key} className="block text-slate-700">
              {part.value}
            </span>
          ),
        )}
      </pre>
    </figure>
  );
}
