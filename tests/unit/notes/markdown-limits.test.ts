import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NoteMarkdown } from "@/lib/notes/markdown";
import {
  brokenMarkdownLimit,
  MAX_MARKUP,
  MAX_NESTING_DEPTH,
  MAX_TABLE_CELLS,
  markupCost,
  nestingDepth,
  tableCells,
} from "@/lib/notes/markdown-limits";
import { noteInputSchema } from "@/lib/validations/notes";
import { WORST_ACCEPTED } from "@/tests/support/markdown-bodies";

const html = (body: string) => renderToStaticMarkup(createElement(NoteMarkdown, { body }));
const elements = (markup: string) => (markup.match(/<[a-z]/g) ?? []).length;

const nestedList = (levels: number) => Array.from({ length: levels }, (_, i) => `${"  ".repeat(i)}- x`).join("\n");

describe("bounds on a note's Markdown", () => {
  it("counts nesting of lists and quotes at least as deep as it is", () => {
    expect(nestingDepth(nestedList(20))).toBe(20);
    expect(nestingDepth(`${"> ".repeat(20)}x`)).toBe(20);
    expect(nestingDepth(`${"- ".repeat(21)}x`)).toBe(21);
    expect(nestingDepth(`${"1. ".repeat(5)}x`)).toBe(5);
    expect(nestingDepth("> - > - x")).toBe(4);
    expect(nestingDepth("plain words - with a dash\n\n    indented code")).toBe(2);
  });

  it("weighs what rendering costs: prose nothing, list items 3, other blocks and links 2, inline marks 1", () => {
    // One paragraph, however long: hyphens, parentheses, `&` and line breaks inside it make nothing.
    expect(markupCost("The agency (DOC) published data-center guidance & more.\nA second line.".repeat(200))).toBe(2);
    expect(markupCost("# Title\n\nA paragraph\ncontinued.\n\n- one\n- two\n  - nested")).toBe(2 + 2 + 3 + 3 + 3);
    expect(markupCost("> - x")).toBe(6);
    expect(markupCost("see [the notice](https://example.gov) and **this**")).toBe(2 + 2 + 1 + 4);
    expect(markupCost("a  \nb\\\nc")).toBe(2 + 1 + 1);
    // An analyst's long weekly note: 4 headings, 40 bullets (10 with a link), 20 bold terms.
    const weekly = Array.from(
      { length: 4 },
      (_, h) =>
        `## Section ${h}\n\n${Array.from({ length: 10 }, (_, i) => `- item ${i}${i === 0 ? " [source](https://example.gov)" : ""}, **term**`).join("\n")}\n`,
    ).join("\n");
    expect(markupCost(weekly)).toBeLessThanOrEqual(MAX_MARKUP);
    expect(noteInputSchema.safeParse({ body: weekly }).success).toBe(true);
  });

  it("refuses nesting beyond 20 levels with its own message, and too much formatting with another", () => {
    const deep = noteInputSchema.safeParse({ body: nestedList(21) });
    expect(deep.success).toBe(false);
    expect(deep.error?.issues.map((issue) => issue.message)).toEqual(["Nest lists and quotes at most 20 levels deep."]);
    expect(noteInputSchema.safeParse({ body: nestedList(MAX_NESTING_DEPTH) }).success).toBe(true);
    expect(noteInputSchema.safeParse({ body: `${"> ".repeat(3000)}x` }).success).toBe(false);
    const marks = noteInputSchema.safeParse({ body: "**a** ".repeat(101) });
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
      expect(elements(markup), name).toBeLessThanOrEqual(2 * MAX_MARKUP + MAX_TABLE_CELLS);
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
