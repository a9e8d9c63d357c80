/**
 * Highlighted snippets, built from plain text in code (never HTML from the database): the
 * page renders the parts as text and <mark>, the API escapes them itself.
 */
export type SnippetPart = { text: string; match: boolean };

const WINDOW = 160;

function collapseMarkdown(text: string): string {
  return text
    .normalize("NFC")
    .replace(/[#>*_`~[\]()|]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** The passage around the first match, with every occurrence of a term marked. */
export function buildSnippet(source: string, terms: string[]): SnippetPart[] {
  const text = collapseMarkdown(source);
  const lower = text.toLowerCase();
  const positions = terms.map((term) => lower.indexOf(term)).filter((index) => index >= 0);
  const first = positions.length ? Math.min(...positions) : 0;
  const start = Math.max(0, first - WINDOW / 4);
  const end = Math.min(text.length, start + WINDOW);
  const window = text.slice(start, end);
  const windowLower = lower.slice(start, end);

  const parts: SnippetPart[] = [];
  if (start > 0) parts.push({ text: "…", match: false });
  let cursor = 0;
  while (cursor < window.length) {
    let next = -1;
    let length = 0;
    for (const term of terms) {
      const index = windowLower.indexOf(term, cursor);
      if (index >= 0 && (next < 0 || index < next || (index === next && term.length > length))) {
        next = index;
        length = term.length;
      }
    }
    if (next < 0 || length === 0) {
      parts.push({ text: window.slice(cursor), match: false });
      break;
    }
    if (next > cursor) parts.push({ text: window.slice(cursor, next), match: false });
    parts.push({ text: window.slice(next, next + length), match: true });
    cursor = next + length;
  }
  if (end < text.length) parts.push({ text: "…", match: false });
  return parts;
}

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** For the JSON API: the text HTML-escaped, matches wrapped in <mark>. */
export function snippetToHtml(parts: SnippetPart[]): string {
  return parts
    .map((part) => {
      const escaped = part.text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
      return part.match ? `<mark>${escaped}</mark>` : escaped;
    })
    .join("");
}
