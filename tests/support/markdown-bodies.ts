/**
 * The most expensive note bodies we could write within the bounds of lib/notes/markdown-limits.ts,
 * each filled up to the markup budget (or the size limit): the unit test renders each to
 * completion, `npm run bench:markdown` times them.
 */
import { MAX_MARKUP, MAX_NESTING_DEPTH, MAX_TABLE_CELLS, markupCost } from "@/lib/notes/markdown-limits";
import { NOTE_MAX_LENGTH } from "@/lib/validations/vocabulary";

/** Repeats `unit` (after `head`) while the body stays within the markup budget and the size limit. */
export function fill(unit: string, head = ""): string {
  let body = head;
  while (markupCost(body + unit) <= MAX_MARKUP && (body + unit).length <= NOTE_MAX_LENGTH) body += unit;
  return body;
}

const nestedList = (levels: number, marker = "-") =>
  Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}${marker} x`).join("\n");
const deep = MAX_NESTING_DEPTH;
const prose = "The agency published its guidance on data-center permitting (see the notice) & more. ";
const korean = "상무부는 데이터센터 인허가 지침을 발표했고, 전력망 연계 절차도 함께 정리했습니다. ";

export const WORST_ACCEPTED: Record<string, string> = {
  "plain text at the size limit": "가나다라 마바사 ".repeat(2222),
  "English prose at the size limit": prose.repeat(Math.floor(NOTE_MAX_LENGTH / prose.length)),
  "Korean prose, one paragraph a line pair": fill(`${korean}\n\n`),
  "bold words": fill("**a** "),
  "italic words": fill("*a* "),
  "underscore emphasis": fill("_a_ "),
  "nested emphasis": fill("***a*** "),
  strikethrough: fill("~~a~~ "),
  "code spans": fill("`a` "),
  "long code spans": fill("`const x = 1; const y = 2;` "),
  "bullet list items": fill("- x\n"),
  "star list items": fill("* x\n"),
  "plus list items": fill("+ x\n"),
  "ordered list items": fill("1. x\n"),
  "task list items": fill("- [ ] x\n"),
  "done task items": fill("- [x] x\n"),
  "list items with bold": fill("- **a** b\n"),
  "list items with links": fill("- [a](b)\n"),
  "loose list items": fill("- x\n\n"),
  "lists nested 20 deep, repeated": fill(`${nestedList(deep)}\n\n`),
  "ordered lists nested 20 deep": fill(`${nestedList(deep, "1.")}\n\n`),
  "20 list markers on each line": fill(`${"- ".repeat(deep)}x\n\n`),
  "quotes nested 20 deep, repeated": fill(`${"> ".repeat(deep)}x\n\n`),
  "quotes and lists mixed 20 deep": fill(`${"> - ".repeat(deep / 2)}x\n\n`),
  "quote lines": fill("> x\n"),
  headings: fill("# x\n"),
  "setext headings": fill("x\n=\n\n"),
  "thematic breaks": fill("***\n\n"),
  paragraphs: fill("a\n\n"),
  "hard line breaks": fill("a  \n"),
  "backslash line breaks": fill("a\\\n"),
  links: fill("[a](b) "),
  "links with titles": fill('[a](https://example.gov "t") '),
  "reference links": fill("[a][r] ", "[r]: https://example.gov\n\n"),
  images: fill("![a](b) "),
  "footnote references": fill("[^1] ", "[^1]: x\n\n"),
  "URL autolinks": fill("www.a.com "),
  "scheme autolinks": fill("https://a.gov "),
  "angle autolinks": fill("<https://a.gov> "),
  "e-mail autolinks": fill("a@b.co "),
  "inline HTML (shown as text)": fill("<b>x</b> "),
  "HTML blocks (shown as text)": fill("<div>\nx\n</div>\n\n"),
  "fenced code blocks": fill("```\nx\n```\n\n"),
  "indented code blocks": fill("    x\n\n"),
  "a table of 1,000 cells": `|a|b|c|d|\n|-|-|-|-|\n${"x\n".repeat(Math.floor(MAX_TABLE_CELLS / 6) - 2)}`,
  "tables of 2 columns, repeated": fill("|a|b|\n|-|-|\n|c|d|\n\n"),
  entities: fill("&amp; "),
  "brackets and parentheses in prose": "(see [the notice]) ".repeat(40) + "- a - b - c ".repeat(1200),
  "unclosed emphasis": fill("*a "),
  "unclosed brackets": fill("[a "),
  "backslash escapes": fill("\\* \\[ "),
};
