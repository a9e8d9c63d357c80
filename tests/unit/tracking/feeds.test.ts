import { beforeAll, describe, expect, it } from "vitest";
import { type Element, xml2js } from "xml-js";
import type { Viewer } from "@/lib/auth/session";
import { recordActionStatusChange } from "@/lib/data/action-status";
import { listActivity } from "@/lib/data/activity";
import { db } from "@/lib/db";
import { buildAtomFeed, type FeedLabels } from "@/lib/feeds/atom";
import { asViewer, createAnalyst, validActionChange } from "./helpers";

const labels: FeedLabels = {
  title: "Tracker — what's new & more",
  subtitle: "Events, status changes and shared notes.",
  author: "AI Action Plan Tracker",
  event: "Event",
  eventType: (type) => type,
  status: (item) => `${item.measure.id} is now ${item.status}`,
  note: (item) => `Shared note by ${item.author}`,
};

function feedOf(items: Awaited<ReturnType<typeof listActivity>>) {
  return buildAtomFeed({
    origin: "https://tracker.example",
    locale: "en",
    selfPath: "/feed.xml?lang=en",
    alternatePath: "/whats-new",
    labels,
    items,
  });
}

function children(element: Element, name: string) {
  return (element.elements ?? []).filter((child) => child.name === name);
}
function text(element: Element | undefined): string {
  return (element?.elements ?? []).map((child) => child.text ?? child.cdata ?? "").join("");
}

let reader: Viewer;
beforeAll(async () => {
  reader = asViewer(await createAnalyst("Reader"));
  const analyst = await createAnalyst("O'Brien <script>");
  await recordActionStatusChange(analyst.id, {
    ...validActionChange,
    actionId: "II-1.1",
    reason: "Work began ]]> <img src=x onerror=alert(1)> & more\u0001",
  });
  await db.note.create({
    data: { body: "**공유** 메모", visibility: "shared", measureId: "II-1", authorId: analyst.id },
  });
  await db.note.create({ data: { body: "private", visibility: "private", measureId: "II-1", authorId: analyst.id } });
});

describe("Atom feeds", () => {
  it("are well-formed Atom with the required feed and entry elements", async () => {
    const xml = feedOf(await listActivity(reader));
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for the control characters XML forbids
    expect(xml).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const document = xml2js(xml) as Element;
    const feed = document.elements!.find((element) => element.name === "feed")!;
    expect(feed.attributes?.xmlns).toBe("http://www.w3.org/2005/Atom");
    for (const required of ["id", "title", "updated", "author"])
      expect(children(feed, required), required).toHaveLength(1);
    expect(text(children(feed, "title")[0])).toBe(labels.title);
    expect(children(feed, "link").map((link) => link.attributes?.rel)).toEqual(["alternate", "self"]);
    const entries = children(feed, "entry");
    expect(entries.length).toBeGreaterThanOrEqual(5);
    const ids = entries.map((entry) => text(children(entry, "id")[0]));
    expect(new Set(ids).size).toBe(ids.length);
    for (const entry of entries) {
      for (const required of ["id", "title", "updated", "link"])
        expect(children(entry, required), required).toHaveLength(1);
      expect(text(children(entry, "updated")[0])).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
      expect(text(children(entry, "id")[0])).toMatch(/^urn:ai-action-plan-tracker:(event|status|note):/);
    }
  });

  it("escapes what analysts typed so that readers show it as text, and leaves out private notes", async () => {
    const xml = feedOf(await listActivity(reader));
    const feed = (xml2js(xml) as Element).elements!.find((element) => element.name === "feed")!;
    const status = children(feed, "entry").find((entry) => text(children(entry, "id")[0]).includes(":status:"))!;
    expect(text(children(status, "summary")[0])).toBe(
      "Work began ]]&gt; &lt;img src=x onerror=alert(1)&gt; &amp; more",
    );
    expect(text(children(children(status, "author")[0], "name")[0])).toBe("O'Brien <script>");
    expect(xml).not.toContain("<img");
    expect(xml).toContain("**공유** 메모");
    expect(xml).not.toContain(">private<");
  });

  it("carry no note, note count or note author for a signed-out reader (a public feed)", async () => {
    const items = await listActivity(null);
    expect(items.some((item) => item.kind === "note")).toBe(false);
    const xml = feedOf(items);
    expect(xml).not.toContain("공유");
    expect(xml).not.toContain(":note:");
    expect(items.some((item) => item.kind === "status")).toBe(true);
  });

  it("newest first, and a measure's feed holds only that measure", async () => {
    const items = await listActivity(reader, { scope: { measureIds: ["II-1"], sectorIds: [] } });
    expect(items.map((item) => item.kind).slice(0, 2)).toEqual(["note", "status"]);
    expect(items.every((item) => item.kind !== "status" || item.measure.id === "II-1")).toBe(true);
    const eventMeasures = items.flatMap((item) => (item.kind === "event" ? [item.measures.map((m) => m.id)] : []));
    expect(eventMeasures.every((ids) => ids.includes("II-1"))).toBe(true);
    // By the day things happened (an event's own date, never a time), newest first.
    const days = items.map((item) => (item.kind === "event" ? item.occurredOn : item.at.toISOString().slice(0, 10)));
    expect(days).toEqual([...days].sort().reverse());
  });
});
