import ReactMarkdown from "react-markdown";
import rehypeExternalLinks from "rehype-external-links";
import rehypeSanitize from "rehype-sanitize";
import remarkGfm from "remark-gfm";

/**
 * A note's Markdown (GFM), rendered on the server. Raw HTML is never parsed (no rehype-raw), the
 * sanitizer drops anything outside GitHub's safe schema (javascript: URLs included), and links
 * open in a new tab with rel="noopener noreferrer nofollow".
 */
export function NoteMarkdown({ body }: { body: string }) {
  return (
    <div className="note-markdown max-w-none space-y-2 break-words text-sm leading-relaxed [&_a]:text-brand-700 [&_a]:underline [&_code]:rounded [&_code]:bg-slate-100 [&_code]:px-1 [&_ol]:list-decimal [&_ol]:pl-6 [&_pre]:overflow-x-auto [&_pre]:rounded [&_pre]:bg-slate-100 [&_pre]:p-2 [&_table]:border-collapse [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_th]:border [&_th]:border-slate-300 [&_th]:px-2 [&_ul]:list-disc [&_ul]:pl-6">
      <ReactMarkdown
        remarkPlugins={[remarkGfm]}
        rehypePlugins={[rehypeSanitize, [rehypeExternalLinks, { target: "_blank", rel: ["noopener", "noreferrer", "nofollow"] }]]}
      >
        {body}
      </ReactMarkdown>
    </div>
  );
}
