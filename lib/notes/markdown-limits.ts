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
/** The formatting a body may have, weighed by markupCost; and its tables' cells. */
export const MAX_MARKUP = 400;
export const MAX_TABLE_CELLS = 1000;

function isSpace(char: string | undefined): boolean {
  return char === undefined || char === " " || char === "\t";
}

/**
 * A line's leading containers: the `>` and list markers it opens, the columns of indentation
 * between them (a tab to the next multiple of 4), and where its content starts.
 */
function scanContainers(line: string): { markers: number; columns: number; rest: string } {
  let columns = 0;
  let markers = 0;
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
      markers += 1;
      i += line[i + 1] === " " ? 2 : 1; // the one space after a marker belongs to the marker
    } else if (char >= "0" && char <= "9") {
      let end = i;
      while (end < line.length && end - i < 10 && line[end] >= "0" && line[end] <= "9") end += 1;
      if ((line[end] === "." || line[end] === ")") && isSpace(line[end + 1])) {
        markers += 1;
        i = line[end + 1] === " " ? end + 2 : end + 1;
      } else break;
    } else break;
  }
  return { markers, columns, rest: line.slice(i) };
}

/** The upper bound on the nesting of one line's containers. */
function lineDepth(line: string): number {
  const { markers, columns } = scanContainers(line);
  return markers + Math.floor(columns / 2);
}

/** The deepest nesting of lists and block quotes `body` can have (an upper bound). */
export function nestingDepth(body: string): number {
  let deepest = 0;
  for (const line of body.split(/\r\n|\r|\n/)) deepest = Math.max(deepest, lineDepth(line));
  return deepest;
}

/** A line whose content starts like a block of its own (heading, fence, table, HTML, rule). */
const BLOCK_START = /^[#`~|<=_*-]/;
/** Inline marks: emphasis, strikethrough, code, HTML and autolinks, e-mail autolinks. */
const INLINE_MARKS = new Set([..."*_~`<@"].map((char) => char.charCodeAt(0)));

/**
 * An upper bound, up to a small factor, on the work rendering `body` costs, in units of about one
 * emphasis: what measured dearest costs most (docs/access.md). Each list item or quote marker on a
 * line costs 3 (a list and its item, or a quote and its paragraph); any other block a line can
 * open — a paragraph after a blank line, a heading, fence, table row or HTML block — costs 2; each
 * `[` (a link, image or footnote) costs 2; each inline mark
 * (`*_~\`<@`), each `www.` or `://` (URL autolinks) and each hard line break costs 1. Plain prose
 * costs nothing however long it is: hyphens, brackets, `&` and line breaks inside a paragraph make
 * no element.
 */
export function markupCost(body: string): number {
  let cost = 0;
  let previousBlank = true;
  for (const line of body.split(/\r\n|\r|\n/)) {
    const { markers, rest } = scanContainers(line);
    const blank = rest.trim() === "";
    if (markers > 0) cost += 3 * markers;
    else if (!blank && (previousBlank || BLOCK_START.test(rest))) cost += 2;
    if (/(?: {2}|\\)$/.test(line)) cost += 1;
    previousBlank = blank;
  }
  for (let i = 0; i < body.length; i += 1) {
    const code = body.charCodeAt(i);
    if (code === 91)
      cost += 2; // [
    else if (INLINE_MARKS.has(code)) cost += 1;
  }
  return cost + (body.match(/www\.|:\/\//gi)?.length ?? 0);
}

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
  if (markupCost(body) > MAX_MARKUP) return "marks";
  if (tableCells(body) > MAX_TABLE_CELLS) return "table";
  return null;
}
