import { getTranslations } from "next-intl/server";
import { type DiffBlock, type DiffWord, diffRevisions } from "@/lib/notes/revision-diff";

const ADDED = "bg-green-50 text-green-900 underline decoration-green-700 decoration-2";
const REMOVED = "bg-red-50 text-red-900 line-through decoration-red-700 decoration-2";

/**
 * Two revisions: removed lines struck through in red, added lines underlined in green, and inside
 * a line edited in place only the changed words marked (colour is never the only cue).
 */
export async function RevisionDiff({ before, after }: { before: string; after: string }) {
  const t = await getTranslations("Notes");
  const blocks = diffRevisions(before, after);
  const word = (part: DiffWord) =>
    part.change === "added" ? (
      <ins key={part.at} className={`rounded-sm ${ADDED}`}>
        <span className="sr-only">[{t("added")}: </span>
        {part.text}
        <span className="sr-only">]</span>
      </ins>
    ) : part.change === "removed" ? (
      <del key={part.at} className={`rounded-sm ${REMOVED}`}>
        <span className="sr-only">[{t("removed")}: </span>
        {part.text}
        <span className="sr-only">]</span>
      </del>
    ) : (
      <span key={part.at}>{part.text}</span>
    );
  return (
    <figure aria-label={t("diffLabel")}>
      <pre className="overflow-x-auto rounded border border-slate-200 p-3 text-sm leading-relaxed whitespace-pre-wrap">
        {blocks.map(renderBlock)}
      </pre>
    </figure>
  );

  function renderBlock(block: DiffBlock) {
    return block.kind === "changed" ? (
      <span key={block.at} className="block border-l-4 border-amber-400 pl-2 text-slate-900">
        {block.words.map(word)}
      </span>
    ) : block.kind === "added" ? (
      <ins key={block.at} className={`block ${ADDED}`}>
        <span className="sr-only">{t("added")}: </span>
        {block.text}
      </ins>
    ) : block.kind === "removed" ? (
      <del key={block.at} className={`block ${REMOVED}`}>
        <span className="sr-only">{t("removed")}: </span>
        {block.text}
      </del>
    ) : (
      <span key={block.at} className="block text-slate-700">
        {block.text}
      </span>
    );
  }
}
