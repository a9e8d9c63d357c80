/**
 * GET /feeds/briefs.xml: one Atom entry per finished week, linking to that week's brief page;
 * public without a key (no notes), an analyst's shared notes with their private feed key.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { type Element, xml2js } from "xml-js";
import { GET as briefsFeed } from "@/app/feeds/briefs.xml/route";
import type { Viewer } from "@/lib/auth/session";
import { createEvent } from "@/lib/data/events";
import { regenerateFeedKey } from "@/lib/data/feed-keys";
import { db } from "@/lib/db";
import { todayIso } from "@/lib/deadlines/state";
import { BRIEF_FEED_WEEKS, finishedWeeks } from "@/lib/feeds/briefs";
import { createViewer } from "../../support/accounts";

const NOTE = "sharednote-brief-feed-42";
const EVENT = "Brief feed test rule";
const week = finishedWeeks(todayIso())[1];
let reader: Viewer;

const get = (query: string) => briefsFeed(new Request(`http://localhost/feeds/briefs.xml${query}`));

function entries(xml: string): Element[] {
  const root = xml2js(xml) as Element;
  const feed = root.elements?.find((element) => element.name === "feed");
  return (feed?.elements ?? []).filter((element) => element.name === "entry");
}
const linkOf = (entry: Element) => entry.elements?.find((e) => e.name === "link")?.attributes?.href;

beforeAll(async () => {
  reader = await createViewer("brief-feed-reader");
  const author = await createViewer("brief-feed-author");
  await createEvent(author.id, {
    type: "final-rule",
    occurredOn: week.from,
    titleEn: EVENT,
    titleKo: "",
    summaryEn: "",
    summaryKo: "",
    sourceUrl: "https://example.gov/rule",
    measureIds: ["II-2"],
  });
  await db.note.create({
    data: {
      body: NOTE,
      visibility: "shared",
      measureId: "II-2",
      authorId: author.id,
      createdAt: new Date(`${week.from}T09:00:00Z`),
    },
  });
});

describe("the weekly briefs feed", () => {
  it("has one entry per finished week, newest first, linking to its brief page", async () => {
    const response = await get("?lang=en");
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    const xml = await response.text();
    const list = entries(xml);
    expect(list).toHaveLength(BRIEF_FEED_WEEKS);
    const weeks = finishedWeeks(todayIso());
    expect(list.map(linkOf)).toEqual(weeks.map((w) => `http://localhost/en/briefs?from=${w.from}&to=${w.to}`));
    expect(xml).toContain(EVENT);
    expect(xml).not.toContain(NOTE);
  });

  it("adds the shared notes for the holder of a private feed key, privately", async () => {
    const key = await regenerateFeedKey(reader.id);
    const response = await get(`?lang=ko&key=${key}`);
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.text()).toContain(NOTE);
    expect((await get("?key=fk_not-a-key")).status).toBe(401);
  });
});
