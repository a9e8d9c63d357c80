import "server-only";
import { createHash } from "node:crypto";
import { authenticateRequest } from "@/lib/auth/session";
import { composeBrief } from "@/lib/briefs/compose";
import { briefToMarkdown } from "@/lib/briefs/markdown";
import { renderBriefPdf } from "@/lib/briefs/pdf-thread";
import type { Brief } from "@/lib/briefs/types";
import { cachedResponse, PRIVATE_CACHE_CONTROL } from "@/lib/http/cache";
import { briefPeriodSchema } from "@/lib/validations/briefs";
import { exportLanguageSchema } from "@/lib/validations/exports";
import { readSearchParams } from "@/lib/validations/timeline";

const FORMATS = {
  md: { type: "text/markdown; charset=utf-8", disposition: "attachment", render: briefToMarkdown },
  pdf: { type: "application/pdf", disposition: "inline", render: renderBriefPdf },
} as const;

type Format = keyof typeof FORMATS;
type Rendered = string | Buffer;

/**
 * Renderings by the brief's content. The same brief — same period, same data, same reader's view —
 * is the same bytes, and a year's PDF costs up to a second of the server's time: a team opening
 * this week's brief, or a feed reader fetching it, pays that once. Keyed by a hash of the composed
 * brief, so any change in what it holds (a new event, note or status, another reader's view) is a
 * new entry; concurrent requests for one rendering wait for the same promise.
 */
const MAX_KEPT_BYTES = 16 * 1024 * 1024;
/** `bytes` is 0 while the rendering is under way. */
const kept = new Map<string, { rendering: Promise<Rendered>; bytes: number }>();
let keptBytes = 0;

/** Forgets finished renderings, oldest first, until the kept ones fit the budget. */
function forgetOldest() {
  for (const [key, entry] of kept) {
    if (keptBytes <= MAX_KEPT_BYTES) return;
    if (entry.bytes === 0) continue;
    kept.delete(key);
    keptBytes -= entry.bytes;
  }
}

function renderKept(format: Format, brief: Brief): Promise<Rendered> {
  const key = `${format} ${createHash("sha256").update(JSON.stringify(brief)).digest("base64")}`;
  const found = kept.get(key);
  if (found) return found.rendering;
  const entry = { rendering: Promise.resolve(FORMATS[format].render(brief)), bytes: 0 };
  kept.set(key, entry);
  entry.rendering.then(
    (body) => {
      entry.bytes = Buffer.byteLength(body);
      keptBytes += entry.bytes;
      forgetOldest();
    },
    () => kept.delete(key), // a failed rendering is not kept
  );
  return entry.rendering;
}

/**
 * GET /exports/brief.{md,pdf}?from=&to=&lang=: the brief of a period (this week without dates;
 * 422 for a bad period). Signed out it is public (no notes, no companies) and cached like the
 * other exports; for a signed-in caller (cookie or Bearer token) it holds what they may read, so
 * it is private and never kept.
 */
export async function briefExport(request: Request, format: Format): Promise<Response> {
  const query = readSearchParams(new URL(request.url).searchParams);
  const period = briefPeriodSchema().parse(query);
  const { lang } = exportLanguageSchema.parse(query);
  const viewer = await authenticateRequest(request);
  const brief = await composeBrief({ period, locale: lang, viewer });
  const { type, disposition } = FORMATS[format];
  const body = await renderKept(format, brief);
  const name = `ai-action-plan-brief-${period.from}-${period.to}-${lang}.${format}`;
  const response = cachedResponse(request, body, type, { "Content-Disposition": `${disposition}; filename="${name}"` });
  if (viewer) response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
  return response;
}
