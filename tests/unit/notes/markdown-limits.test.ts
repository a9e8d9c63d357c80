import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NoteMarkdown } from "@/lib/notes/markdown";
import {
  brokenMarkdownLimit,
  MAX_MARKS,
  MAX_NESTING_DEPTH,
  MAX_TABLE_CELLS,
  markCount,
  nestingDepth,
  tableCells,
} from "@/lib/notes/markdown-limits";
import { NOTE_MAX_LENGTH, noteInputSchema } from "@/lib/validations/notes";

const html = (body: string) => renderToStaticMarkup(createElement(NoteMarkdown, { body }));
const elements = (markup: string) => (markup.match(/<[a-z]/g) ?? []).length;

/** Repeats `unit` while the body stays within the marks bound and the size limit. */
function fill(unit: string): string {
  let body = "";
  while (markCount(body + unit) <= MAX_MARKS && (body + unit).length <= NOTE_MAX_LENGTH) body += unit;
  return body;
}
const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}- x`).join("\n");

/** The most expensive bodies within the bounds that we found, one per kind of element. */
const WORST_ACCEPTED: Record<string, string> = {
  "plain text at the size limit": "가나다라 마바사 ".repeat(2222),
  "bold words": fill("**a** "),
  "task list items": fill("- [ ] x\n"),
  "list items": fill("- x\n"),
  headings: fill("# x\n"),
  paragraphs: fill("a\n\n"),
  links: fill("[a](b) "),
  images: fill("![a](b) "),
  "URL autolinks": fill("www.a.com "),
  "code spans": fill("`a` "),
  "lists nested 20 deep, repeated": fill(`${nestedList(20)}\n\n`),
  "quotes nested 20 deep, repeated": fill(`${"> ".repeat(20)}x\n\n`),
  "a table of 1,000 cells": `|a|b|c|d|\n|-|-|-|-|\n${"x\n".repeat(Math.floor(MAX_TABLE_CELLS / 6) - 2)}`,
  entities: fill("&amp;"),
};

describe("bounds on a note's Markdown", () => {
  it("counts nesting of lists and quotes at least as deep as it is", () => {
    expect(nestingDepth(nestedList(20))).toBe(20);
    expect(nestingDepth(`${"> ".repeat(20)}x`)).toBe(20);
    expect(nestingDepth(`${"- ".repeat(21)}x`)).toBe(21);
    expect(nestingDepth(`${"1. ".repeat(5)}x`)).toBe(5);
    expect(nestingDepth("> - > - x")).toBe(4);
    expect(nestingDepth("plain words - with a dash\n\n    indented code")).toBe(2);
  });

  it("refuses nesting beyond 20 levels with its own message, and too much formatting with another", () => {
    const deep = noteInputSchema.safeParse({ body: nestedList(21) });
    expect(deep.success).toBe(false);
    expect(deep.error?.issues.map((issue) => issue.message)).toEqual(["Nest lists and quotes at most 20 levels deep."]);
    expect(noteInputSchema.safeParse({ body: nestedList(MAX_NESTING_DEPTH) }).success).toBe(true);
    expect(noteInputSchema.safeParse({ body: `${"> ".repeat(3000)}x` }).success).toBe(false);
    const marks = noteInputSchema.safeParse({ body: "**a** ".repeat(600) });
    expect(marks.error?.issues[0].message).toMatch(/too much formatting/);
    const padded = `|${"a|".repeat(60)}\n|${"-|".repeat(60)}\n${"x\n".repeat(30)}`;
    expect(tableCells(padded)).toBeGreaterThan(MAX_TABLE_CELLS);
    expect(brokenMarkdownLimit(padded)).toBe("table");
  });

  it("renders the worst bodies within the bounds to completion, each element-bounded; timings in the log", () => {
    html("warm **up**");
    const timings: string[] = [];
    for (const [name, body] of Object.entries(WORST_ACCEPTED)) {
      expect(noteInputSchema.safeParse({ body }).success, name).toBe(true);
      const started = performance.now();
      const markup = html(body);
      timings.push(`${name}: ${(performance.now() - started).toFixed(1)} ms, ${elements(markup)} elements`);
      expect(markup, name).toContain('<div class="note-markdown');
      expect(elements(markup), name).toBeLessThanOrEqual(2 * MAX_MARKS + 10);
    }
    console.log(`Markdown render, worst bodies within the bounds:\n  ${timings.join("\n  ")}`);
  });

  it("shows a body saved before the rules, 3,000 levels deep, as text instead of failing the page", () => {
    const body = `${"- ".repeat(3000)}x`;
    const markup = html(body);
    expect(markup).toContain("- - - x");
    expect(markup).not.toContain("<li>");
    const padded = `|${"a|".repeat(2000)}\n|${"-|".repeat(2000)}\n${"x\n".repeat(5000)}`;
    expect(elements(html(padded))).toBeLessThan(5);
  });
});
