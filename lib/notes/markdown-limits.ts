/**
 * Bounds on the work a note's Markdown can cause, checked in one linear pass without parsing it:
 * parsing, sanitizing and rendering cost grows with the elements a body makes (≈ 0.1–0.4 ms each
 * on this machine, see docs/access.md) and the renderer recurses once per nesting level, so a body
 * nested thousands of levels deep overflowed the stack and a table padded to 2,000 columns × 10,000
 * rows ran out of memory. The note schema refuses a body over a bound (422 / a message by the
 * field); the renderer shows such a body, saved before the rule, as plain text.
 *
 * Nesting:
 * The count is an upper bound on CommonMark's depth, never below it: on each line every `>`, every
 * list marker (with the one space after it) and every two further columns of indentation count one level. A container continued on a
 * line needs a `>` or its list item's indentation (two columns or more) there, and one opened on a
 * line needs its marker there; lazy continuation lines open nothing. Code is counted too (its
 * indentation looks like nesting), so a code block indented 40 columns or more is refused.
 */
export const MAX_NESTING_DEPTH = 20;
/** Marks that can start an element (see markCount), and table cells, a body may have. */
export const MAX_MARKS = 1000;
export const MAX_TABLE_CELLS = 1000;

function isSpace(char: string | undefined): boolean {
  return char === undefined || char === " " || char === "\t";
}

/** The upper bound on the nesting of one line's containers. */
function lineDepth(line: string): number {
  let columns = 0;
  let depth = 0;
  let i = 0;
  while (i < line.length) {
    const char = line[i];
    if (char === " ") {
      columns += 1;
      i += 1;
    } else if (char === "\t") {
      columns += 4 - (columns % 4);
      i += 1;
    } else if (char === ">" || ((char === "-" || char === "*" || char === "+") && isSpace(line[i + 1]))) {
      depth += 1;
      i += line[i + 1] === " " ? 2 : 1; // the one space after a marker belongs to the marker
    } else if (char >= "0" && char <= "9") {
      let end = i;
      while (end < line.length && end - i < 10 && line[end] >= "0" && line[end] <= "9") end += 1;
      if ((line[end] === "." || line[end] === ")") && isSpace(line[end + 1])) {
        depth += 1;
        i = line[end + 1] === " " ? end + 2 : end + 1;
      } else break;
    } else break;
  }
  return depth + Math.floor(columns / 2);
}

/** The deepest nesting of lists and block quotes `body` can have (an upper bound). */
export function nestingDepth(body: string): number {
  let deepest = 0;
  for (const line of body.split(/\r\n|\r|\n/)) deepest = Math.max(deepest, lineDepth(line));
  return deepest;
}

/**
 * Every character that can open or close an element (emphasis, code, links, images, HTML, tables,
 * headings, quotes, list markers, entities, e-mail autolinks, line breaks) and every `www.` or `://`
 * (URL autolinks): an upper bound, up to a small factor, on the elements a body can make outside tables.
 */
export function markCount(body: string): number {
  let marks = 0;
  for (let i = 0; i < body.length; i += 1) if (MARK_CHARS.has(body.charCodeAt(i))) marks += 1;
  return marks + (body.match(/www\.|:\/\//gi)?.length ?? 0);
}
const MARK_CHARS = new Set([..."*_~`[]()<>!|&#@-+\n"].map((char) => char.charCodeAt(0)));

/** A line that could be a GFM delimiter row (`|---|:-:|`), container markers (`> - 1.`) included. */
const DELIMITER_ROW = /^[\s|:>*+\-\d.)]+$/;

/**
 * An upper bound on the cells of the body's tables: GFM pads every body row to the delimiter row's
 * columns (a table of more than one column needs a `|` there), and a table runs at most until the
 * next blank line; so (pipes + 1) × the lines from its header to the next blank one.
 */
export function tableCells(body: string): number {
  const lines = body.split(/\r\n|\r|\n/);
  let cells = 0;
  for (let i = 1; i < lines.length; i += 1) {
    const line = lines[i];
    if (!line.includes("|") || !line.includes("-") || !DELIMITER_ROW.test(line)) continue;
    const columns = line.split("|").length;
    let rows = 2; // the header and the delimiter row
    while (i + rows - 1 < lines.length && lines[i + rows - 1].replace(/[\s>]/g, "") !== "") rows += 1;
    cells += columns * rows;
  }
  return cells;
}

export type MarkdownLimit = "depth" | "marks" | "table";

/** Which bound a body breaks, or null when rendering it is bounded work. */
export function brokenMarkdownLimit(body: string): MarkdownLimit | null {
  if (nestingDepth(body) > MAX_NESTING_DEPTH) return "depth";
  if (markCount(body) > MAX_MARKS) return "marks";
  if (tableCells(body) > MAX_TABLE_CELLS) return "table";
  return null;
}
