import { diffLines } from "diff";
import { getTranslations } from "next-intl/server";

/** Two revisions line by line: removed lines struck through in red, added lines in green. */
export async function RevisionDiff({ before, after }: { before: string; after: string }) {
  const t = await getTranslations("Notes");
  const parts = diffLines(before, after);
  return (
    <pre
      className="overflow-x-auto rounded border border-slate-200 p-3 text-sm leading-relaxed whitespace-pre-wrap"
      aria-label={t("diffLabel")}
    >
      {parts.map((part, index) =>
        part.added ? (
          <ins key={index} className="block bg-green-50 text-green-900 no-underline">
            <span className="sr-only">{t("added")}: </span>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={index} className="block bg-red-50 text-red-900">
            <span className="sr-only">{t("removed")}: </span>
            {part.value}
          </del>
        ) : (
          <span key={index} className="block text-slate-700">
            {part.value}
          </span>
        ),
      )}
    </pre>
  );
}
