import "server-only";
import { Feed } from "feed";
import { composeBrief } from "@/lib/briefs/compose";
import { briefWords } from "@/lib/briefs/labels";
import type { Brief } from "@/lib/briefs/types";
import { todayIso } from "@/lib/deadlines/state";
import { cachedResponse, PRIVATE_CACHE_CONTROL } from "@/lib/http/cache";
import type { Locale } from "@/lib/i18n/routing";
import { markdownToPlainText } from "@/lib/notes/plain-text";
import { addDays, weekOf } from "@/lib/validations/briefs";
import { escapeHtml, stripInvalidXml } from "./atom";
import { feedLocale, feedViewer, siteOrigin } from "./respond";

/** How many finished weeks the feed carries. */
export const BRIEF_FEED_WEEKS = 12;

/** The last `count` whole weeks (Monday to Sunday) before the week holding `today`, newest first. */
export function finishedWeeks(today: string, count = BRIEF_FEED_WEEKS) {
  const current = weekOf(today).from;
  return Array.from({ length: count }, (_, index) => {
    const from = addDays(current, -7 * (index + 1));
    return { from, to: addDays(from, 6) };
  });
}

function entryContent(brief: Brief): string {
  const w = briefWords(brief.locale);
  const { totals } = brief;
  const parts = [`<p>${escapeHtml(w.t("Briefs.feedSummary", { ...totals, notes: totals.notes ?? 0 }))}</p>`];
  const events = [...brief.planWideEvents, ...brief.pillars.flatMap((p) => p.measures.flatMap((m) => m.events))];
  const unique = [...new Map(events.map((event) => [event.id, event])).values()];
  if (unique.length > 0) {
    const items = unique.map((e) => `<li>${escapeHtml(`${w.day(e.occurredOn)} · ${e.title}`)}</li>`).join("");
    parts.push(`<h3>${escapeHtml(w.t("Briefs.events"))}</h3><ul>${items}</ul>`);
  }
  const notes = brief.pillars.flatMap((p) => p.measures.flatMap((m) => m.notes));
  const sectorNotes = brief.sectors.flatMap((s) => s.notes);
  if (notes.length + sectorNotes.length > 0) {
    const items = [...notes, ...sectorNotes]
      .map((n) => `<li>${escapeHtml(`${n.author}: ${markdownToPlainText(n.body).slice(0, 280)}`)}</li>`)
      .join("");
    parts.push(`<h3>${escapeHtml(w.t("Briefs.notes"))}</h3><ul>${items}</ul>`);
  }
  return parts.join("");
}

/** The Atom document of the weekly briefs: pure, given the composed briefs (newest first). */
export function buildBriefsFeed({ origin, locale, briefs }: { origin: string; locale: Locale; briefs: Brief[] }) {
  const w = briefWords(locale);
  const self = `${origin}/feeds/briefs.xml?lang=${locale}`;
  const updatedOf = (brief: Brief) => new Date(`${addDays(brief.period.to, 1)}T00:00:00Z`);
  const feed = new Feed({
    id: self,
    title: w.t("Briefs.feedTitle"),
    description: w.t("Briefs.feedSubtitle"),
    link: `${origin}/${locale}/briefs`,
    feedLinks: { atom: self },
    language: locale,
    updated: briefs[0] ? updatedOf(briefs[0]) : new Date("2025-07-23T00:00:00Z"),
    author: { name: w.t("Site.name") },
    generator: false,
  });
  for (const brief of briefs) {
    const { from, to } = brief.period;
    feed.addItem({
      id: `urn:ai-action-plan-tracker:brief:${from}`,
      title: escapeHtml(w.t("Briefs.feedEntry", { from: w.day(from), to: w.day(to) })),
      link: `${origin}/${locale}/briefs?from=${from}&to=${to}`,
      date: updatedOf(brief),
      content: stripInvalidXml(entryContent(brief)),
    });
  }
  return feed.atom1();
}

/**
 * GET /feeds/briefs.xml[?lang=en][&key=fk_…]: one entry per finished week. Public without a key
 * (no notes); with an analyst's private feed key, their brief (shared notes), never cached.
 */
export async function briefsFeedResponse(request: Request): Promise<Response> {
  const locale = feedLocale(request);
  const viewer = await feedViewer(request);
  const today = todayIso();
  const briefs = await Promise.all(
    finishedWeeks(today).map((period) => composeBrief({ period, locale, viewer, today })),
  );
  const xml = buildBriefsFeed({ origin: siteOrigin(request), locale, briefs });
  const response = cachedResponse(request, xml, "application/atom+xml; charset=utf-8");
  if (viewer) {
    response.headers.set("Cache-Control", PRIVATE_CACHE_CONTROL);
    response.headers.set("Referrer-Policy", "no-referrer");
  }
  return response;
}
