/**
 * Builds Atom 1.0 documents of activity (events, status changes, shared notes) with the `feed`
 * package. Pure: the caller passes the items and the translated labels, so tests need no server.
 */
import { Feed } from "feed";
import type { ActivityItem } from "@/lib/data/activity";
import { formatDay } from "@/lib/i18n/dates";
import type { Locale } from "@/lib/i18n/routing";

export type FeedLabels = {
  title: string;
  subtitle: string;
  author: string;
  event: string;
  status: (item: Extract<ActivityItem, { kind: "status" }>) => string;
  note: (item: Extract<ActivityItem, { kind: "note" }>) => string;
  eventType: (type: string) => string;
};

export type FeedOptions = {
  origin: string;
  locale: Locale;
  /** The feed's own path, e.g. "/feed.xml?lang=en". */
  selfPath: string;
  /** The page the feed mirrors, without the locale, e.g. "/whats-new". */
  alternatePath: string;
  labels: FeedLabels;
  items: ActivityItem[];
};

// XML 1.0 forbids most control characters; a pasted one must not make the feed invalid.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Plain-text elements (names) are escaped by the XML writer; only forbidden characters go. */
export function stripInvalidXml(text: string): string {
  return text.replace(INVALID_XML, "");
}

/** Text for an Atom element of type="html": escaped so that readers show it as text, never markup. */
export function escapeHtml(text: string): string {
  return stripInvalidXml(text)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

function pick(en: string | null, ko: string | null, locale: Locale) {
  return (locale === "ko" ? (ko ?? en) : (en ?? ko)) ?? "";
}

function entryOf(item: ActivityItem, { origin, locale, labels }: FeedOptions) {
  const page = (path: string) => `${origin}/${locale}${path}`;
  const id = `urn:ai-action-plan-tracker:${item.kind}:${item.kind === "event" && item.seedKey ? item.seedKey : item.id}`;
  if (item.kind === "event") {
    const title = pick(item.titleEn, item.titleKo, locale);
    const measureIds = item.measures.length === 30 ? "I-1 … III-7" : item.measures.map((m) => m.id).join(", ");
    return {
      id,
      title: escapeHtml(`${labels.eventType(item.type)} · ${formatDay(item.occurredOn, locale)} · ${title}`),
      link: item.sourceUrl ?? page(item.measures.length === 1 ? `/measures/${item.measures[0].slug}` : "/timeline"),
      date: item.at,
      description: escapeHtml(`${pick(item.summaryEn, item.summaryKo, locale)} (${measureIds})`.trim()),
    };
  }
  if (item.kind === "status") {
    return {
      id,
      title: escapeHtml(labels.status(item)),
      link: page(`/measures/${item.measure.slug}`),
      date: item.at,
      description: escapeHtml(item.reason),
      author: [{ name: stripInvalidXml(item.author) }],
    };
  }
  const about = item.measure
    ? `/measures/${item.measure.slug}`
    : item.sector
      ? `/sectors/${item.sector.id}`
      : "/whats-new";
  return {
    id,
    title: escapeHtml(labels.note(item)),
    link: page(about),
    date: item.at,
    content: escapeHtml(item.body),
    author: [{ name: stripInvalidXml(item.author) }],
  };
}

export function buildAtomFeed(options: FeedOptions): string {
  const { origin, locale, labels, items } = options;
  const feed = new Feed({
    id: `${origin}${options.selfPath}`,
    title: labels.title,
    description: labels.subtitle,
    link: `${origin}/${locale}${options.alternatePath}`,
    feedLinks: { atom: `${origin}${options.selfPath}` },
    language: locale,
    // A stable `updated` when nothing happened yet keeps the ETag stable too.
    updated: items[0]?.at ?? new Date("2025-07-23T00:00:00Z"),
    author: { name: labels.author },
    generator: false,
  });
  for (const item of items) feed.addItem(entryOf(item, options));
  return feed.atom1();
}
