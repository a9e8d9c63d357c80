import { createHash } from "node:crypto";
import type { ReactElement } from "react";
import Markdown, { type Options } from "react-markdown";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";
import { NOTE_MAX_LENGTH } from "@/lib/validations/vocabulary";
import { brokenMarkdownLimit } from "./markdown-limits";

const PIPELINE: Options = {
  remarkPlugins: [remarkGfm],
  rehypePlugins: [
    rehypeSanitize,
    [rehypeExternalLinks, { target: "_blank", rel: ["noopener", "noreferrer", "nofollow"] }],
  ],
};

/**
 * Parsing and sanitizing a note costs ≈ 0.5–1 ms, and a measure page lists 20 notes on every
 * request, while a note's text only changes when it is edited. So the rendered tree (immutable
 * React elements, safe to reuse across requests) is kept per body — by its hash, so a 20,000-
 * character note is not a 20,000-character key — for the most recently shown bodies.
 */
const MAX_KEPT = 2000;
const rendered = new Map<string, ReactElement>();

function renderMarkdown(body: string): ReactElement {
  // The schema refuses such bodies; one saved before the rule (or written to the database by
  // other means) is shown as its text rather than handed to a parser that recurses per level.
  if (body.length > NOTE_MAX_LENGTH || brokenMarkdownLimit(body)) return <p className="whitespace-pre-wrap">{body}</p>;
  const key = createHash("sha256").update(body).digest("base64");
  const kept = rendered.get(key);
  if (kept) {
    rendered.delete(key); // least recently used goes first
    rendered.set(key, kept);
    return kept;
  }
  const tree = parseNoteMarkdown(body);
  rendered.set(key, tree);
  const oldest = rendered.keys().next();
  if (rendered.size > MAX_KEPT && !oldest.done) rendered.delete(oldest.value);
  return tree;
}

/**
 * The uncached work, without the bounds: parse, sanitize, build the tree. `npm run bench:markdown`
 * times it; a brief's Markdown, which the app writes rather than an analyst, renders through it.
 */
export function parseNoteMarkdown(body: string): ReactElement {
  return Markdown({ ...PIPELINE, children: body });
}

/**
 * A note's Markdown (GFM), rendered on the server: the one renderer for saved notes and the
 * preview (lib/actions/notes.ts), so it lives here rather than with the components. Raw HTML is never parsed (no rehype-raw), the
 * sanitizer drops anything outside GitHub's safe schema (javascript: URLs included), and links
 * open in a new tab with rel="noopener noreferrer nofollow". Typeset by @tailwindcss/typography
 * (headings, lists, tables, code, quotes), inverted on a dark screen.
 */
export function NoteMarkdown({ body }: { body: string }) {
  return (
    <div className="note-markdown prose prose-sm prose-slate max-w-none break-words dark:prose-invert prose-a:text-brand-700 prose-table:block prose-table:overflow-x-auto">
      {renderMarkdown(body)}
    </div>
  );
}
