import type { Nodes, Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmFromMarkdown } from "mdast-util-gfm";
import { toString as mdastToString } from "mdast-util-to-string";
import { gfm } from "micromark-extension-gfm";

/**
 * A note's Markdown as one line of readable text, for snippets (What's new, Following, search):
 * parsed with the same GFM grammar the note is rendered with, so `|`, `#`, `**` and link syntax
 * never reach a reader. Blocks end in a separator, table cells are joined by " · " and rows by
 * "; ", images keep their alt text, and code keeps its content.
 */
export function markdownToPlainText(markdown: string): string {
  const tree = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  return blocksToText(tree.children).replace(/\s+/g, " ").trim();
}

function blocksToText(nodes: RootContent[]): string {
  return nodes
    .map(blockToText)
    .filter((text) => text.length > 0)
    .join(" ");
}

function blockToText(node: RootContent): string {
  switch (node.type) {
    case "table":
      return endSentence(
        node.children
          .map((row) => row.children.map(inlineText).filter(Boolean).join(" · "))
          .filter(Boolean)
          .join("; "),
      );
    case "list":
      return node.children.map((item) => blocksToText(item.children as RootContent[])).join(" ");
    case "blockquote":
      return blocksToText(node.children);
    case "heading":
      return endSentence(inlineText(node));
    case "thematicBreak":
    case "html":
    case "definition":
      return "";
    default:
      return inlineText(node);
  }
}

/** Text of a node; images count by their alt text (mdast-util-to-string keeps alt). */
function inlineText(node: Nodes | Root): string {
  return mdastToString(node, { includeHtml: false }).trim();
}

/** A heading run into the next paragraph reads as its own sentence. */
function endSentence(text: string): string {
  if (!text) return text;
  return /[.!?:。]$/.test(text) ? text : `${text}.`;
}
