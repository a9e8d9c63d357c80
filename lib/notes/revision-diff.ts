import { diffLines, diffWordsWithSpace } from "diff";

/** `at` is the part's position in the diff: a stable key for rendering. */
export type DiffWord = { at: number; text: string; change: "same" | "added" | "removed" };
export type DiffBlock =
  | { at: number; kind: "same" | "added" | "removed"; text: string }
  /** Lines edited in place: one block, the changed words marked inside it. */
  | { at: number; kind: "changed"; words: DiffWord[] };

/**
 * Two revisions compared line by line, and where lines were replaced (removed lines followed by
 * added ones), word by word inside them: an analyst who changes 45% to 48% sees that number
 * marked, not a whole paragraph struck through and retyped.
 */
export function diffRevisions(before: string, after: string): DiffBlock[] {
  const parts = diffLines(before, after);
  const blocks: DiffBlock[] = [];
  for (let index = 0; index < parts.length; index++) {
    const part = parts[index];
    const next = parts[index + 1];
    if (part.removed && next?.added) {
      const words = diffWordsWithSpace(part.value, next.value).map(
        (word, at): DiffWord => ({
          at,
          text: word.value,
          change: word.added ? "added" : word.removed ? "removed" : "same",
        }),
      );
      blocks.push({ at: index, kind: "changed", words });
      index++;
    } else {
      blocks.push({ at: index, kind: part.added ? "added" : part.removed ? "removed" : "same", text: part.value });
    }
  }
  return blocks;
}
