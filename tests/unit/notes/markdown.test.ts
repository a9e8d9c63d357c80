import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { NoteMarkdown } from "@/lib/notes/markdown";

const html = (body: string) => renderToStaticMarkup(createElement(NoteMarkdown, { body }));

describe("a note's Markdown", () => {
  it("renders GFM and drops script, handlers and javascript: links, the second time as the first", () => {
    const body =
      "**전력망** <script>alert(1)</script> <img src=x onerror=alert(1)> [x](javascript:alert(1)) [gov](https://example.gov)\n\n| a | b |\n|---|---|\n| 1 | 2 |";
    const first = html(body);
    expect(first).toContain("<strong>전력망</strong>");
    expect(first).toContain("<table>");
    expect(first).toContain('<a href="https://example.gov" rel="noopener noreferrer nofollow" target="_blank">gov</a>');
    expect(first).not.toMatch(/<script|onerror=|javascript:|<img/i);
    expect(html(body)).toBe(first);
  });

  it("shows an edited body, not the rendering kept for the earlier one", () => {
    expect(html("first **draft**")).toContain("<strong>draft</strong>");
    expect(html("first _final_")).toContain("<em>final</em>");
    expect(html("first _final_")).not.toContain("draft");
  });
});
