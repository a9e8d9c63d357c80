import "server-only";
import { authenticateRequest } from "@/lib/auth/session";
import { composeBrief } from "@/lib/briefs/compose";
import { briefToMarkdown } from "@/lib/briefs/markdown";
import { briefToPdf } from "@/lib/briefs/pdf";
import { cachedResponse, PRIVATE_CACHE_CONTROL } from "@/lib/http/cache";
import { briefPeriodSchema } from "@/lib/validations/briefs";
import { exportLanguageSchema } from "@/lib/validations/exports";
import { readSearchParams } from "@/lib/validations/timeline";

const FORMATS = {
  md: { type: "text/markdown; charset=utf-8", disposition: "attachment", render: briefToMarkdown },
  pdf: { type: "application/pdf", disposition: "inline", render: briefToPdf },
} as const;

/**
 * GET /exports/brief.{md,pdf}?from=&to=&lang=: the brief of a period (this week without dates;
 * 422 for a bad period). Signed out it is public (no notes, no companies) and cached like the
 * other exports; for a signed-in caller (cookie or Bearer token) it holds what they may read, so
 * it is private and never kept.
 */
export async function briefExport(request: Request, format: keyof typeof FORMATS): Promise<Response> {
  const query = readSearchParams(new URL(request.url).searchParams);
  const period = briefPeriodSchema().parse(query);
  const { lang } = exportLanguageSchema.parse(query);
  const viewer = await authenticateRequest(request);
  const brief = await composeBrief({ period, locale: lang, viewer });
  const { type, disposition, render } = FORMATS[format];
  const body = await render(brief);
  const name = `ai-action-plan-brief-${period.from}-${period.to}-${lang}.${format}`;
  const response = cachedResponse(request, body, type, { "Content-Disposition": `${disposition}; filename="${name}"` });
  if (viewer) response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
  return response;
}
