import { beforeAll, describe, expect, it } from "vitest";
import { GET as getEvents } from "@/app/api/events/route";
import { GET as getMeasure } from "@/app/api/measures/[slug]/route";
import { recordActionStatusChange } from "@/lib/data/action-status";
import { listEvents } from "@/lib/data/events";
import { listTimelinePage, type TimelineEntry } from "@/lib/data/timeline";
import { db } from "@/lib/db";
import { decodeCursor, encodeCursor, timelinePageSchema } from "@/lib/validations/paging";
import type { TimelineFilters } from "@/lib/validations/timeline";
import { createAnalyst, validActionChange } from "./helpers";

const get = (path: string, headers: HeadersInit = {}) => new Request(`http://localhost${path}`, { headers });
const params = (slug: string) => ({ params: Promise.resolve({ slug }) });

let serial = 0;

/**
 * Events written straight into the database. `sameInstant` gives them one createdAt, as a bulk
 * import would: then only the id orders them, which is where a careless cursor repeats rows.
 */
async function insertEvents(
  count: number,
  {
    occurredOn,
    measureId = "II-3",
    sameInstant,
  }: { occurredOn: (n: number) => string; measureId?: string; sameInstant?: Date },
) {
  const ids: string[] = [];
  for (let n = 0; n < count; n++) {
    serial += 1;
    const id = `paging-event-${String(serial).padStart(4, "0")}`;
    await db.event.create({
      data: {
        id,
        type: "report",
        occurredOn: occurredOn(n),
        titleEn: `Paging event ${serial}`,
        sourceUrl: "https://example.gov/paging",
        createdAt: sameInstant ?? new Date(Date.UTC(2026, 0, 1) + serial * 1000),
        measures: { create: [{ measureId }] },
      },
    });
    ids.push(id);
  }
  return ids;
}

type Page = { data: { id: string }[]; page: { next: string | null; limit: number } };

async function readPage(path: string): Promise<{ body: Page; response: Response }> {
  const response = await getEvents(get(path));
  expect(response.status, path).toBe(200);
  return { body: (await response.json()) as Page, response };
}

/** Every id the API gives, following `page.next` from the first page. */
async function readAllPages(query: string): Promise<string[]> {
  const ids: string[] = [];
  let path: string | null = `/api/events?${query}`;
  while (path) {
    const { body }: { body: Page } = await readPage(path);
    ids.push(...body.data.map((event) => event.id));
    path = body.page.next ? `/api/events?${query}&cursor=${body.page.next}` : null;
  }
  return ids;
}

beforeAll(async () => {
  // 25 events on one day at one instant, and 20 spread over the autumn, all on II-3.
  await insertEvents(25, { occurredOn: () => "2025-10-15", sameInstant: new Date("2026-01-02T03:04:05.678Z") });
  await insertEvents(20, { occurredOn: (n) => `2025-09-${String(n + 1).padStart(2, "0")}` });
});

describe("GET /api/events paging", () => {
  it("walks every event exactly once, in the complete list's order, whatever the page size", async () => {
    const everything = (await listEvents({ measure: "II-3" })).map((event) => event.id);
    expect(everything.length).toBeGreaterThan(45);
    for (const limit of [1, 7, 50, 200]) {
      expect(await readAllPages(`measure=II-3&limit=${limit}`), `limit ${limit}`).toEqual(everything);
    }
  });

  it("defaults to 50 a page, names the next one in page.next and a Link header, and ends with null", async () => {
    const total = await db.event.count();
    const { body: whole } = await readPage("/api/events");
    expect(whole.page.limit).toBe(50);
    expect(whole.data).toHaveLength(Math.min(50, total));
    const { body, response } = await readPage("/api/events?limit=20");
    expect(body.page.next).toEqual(expect.any(String));
    const link = response.headers.get("link");
    expect(link).toBe(`</api/events?limit=20&cursor=${body.page.next}>; rel="next"`);
    const { body: second } = await readPage(link!.slice(1, link!.indexOf(">")));
    expect(second.data.map((event) => event.id)).not.toContain(body.data[0].id);

    const { body: last, response: lastResponse } = await readPage("/api/events?type=report&measure=II-3&limit=200");
    expect(last.page.next).toBeNull();
    expect(lastResponse.headers.get("link")).toBeNull();
  });

  it("keeps its place while events are added: no page repeats or skips one that was there", async () => {
    const before = (await listEvents({ measure: "II-3" })).map((event) => event.id);
    const { body: first } = await readPage("/api/events?measure=II-3&limit=10");
    // Newer than everything, on the cursor's own day and instant, and older than everything.
    const added = [
      ...(await insertEvents(3, { occurredOn: () => "2026-06-01" })),
      ...(await insertEvents(3, { occurredOn: () => "2025-10-15", sameInstant: new Date("2026-01-02T03:04:05.678Z") })),
      ...(await insertEvents(3, { occurredOn: () => "2025-08-01" })),
    ];
    const rest = await readAllPages(`measure=II-3&limit=10&cursor=${first.page.next}`);
    const seen = [...first.data.map((event) => event.id), ...rest];
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.filter((id) => !added.includes(id))).toEqual(before);
  });

  it("answers a bad cursor or limit with 422 JSON, never a 500", async () => {
    const forged = Buffer.from(
      JSON.stringify(["2025-10-15", "e", "2026-01-02T03:04:05.678Z", "x' OR 1=1 --"]),
    ).toString("base64url");
    const wrongShape = Buffer.from(JSON.stringify({ date: "2025-10-15" })).toString("base64url");
    const badDate = Buffer.from(JSON.stringify(["2025-02-30", "e", "2026-01-02T03:04:05.678Z", "abc"])).toString(
      "base64url",
    );
    for (const query of [
      "cursor=garbage!",
      `cursor=${forged}`,
      `cursor=${wrongShape}`,
      `cursor=${badDate}`,
      `cursor=${"A".repeat(5000)}`,
      "limit=0",
      "limit=201",
      "limit=-5",
      "limit=1.5",
      "limit=ten",
    ]) {
      const response = await getEvents(get(`/api/events?${query}`));
      expect(response.status, query).toBe(422);
      expect(response.headers.get("content-type"), query).toContain("application/json");
      expect((await response.json()).error, query).toEqual(expect.any(String));
    }
    expect((await readPage("/api/events?limit=200")).body.page.limit).toBe(200);
    expect((await readPage("/api/events?limit=1")).body.data).toHaveLength(1);
  });

  it("still answers 304 for a page the client already has", async () => {
    const { body, response } = await readPage("/api/events?limit=5");
    const path = `/api/events?limit=5&cursor=${body.page.next}`;
    const second = await getEvents(get(path));
    const again = await getEvents(get(path, { "If-None-Match": second.headers.get("etag")! }));
    expect(again.status).toBe(304);
    expect(second.headers.get("etag")).not.toBe(response.headers.get("etag"));
  });

  it("round-trips a cursor and refuses one that names both directions on the timeline", () => {
    const cursor = {
      date: "2025-10-15",
      kind: "event" as const,
      createdAt: new Date("2026-01-02T03:04:05.678Z"),
      id: "paging-event-0001",
    };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    const text = encodeCursor(cursor);
    expect(timelinePageSchema.safeParse({ after: text, before: text }).success).toBe(false);
    expect(timelinePageSchema.parse({ after: "", before: undefined })).toEqual({});
  });
});

describe("GET /api/measures/{slug}", () => {
  it("gives the newest 20 events, how many there are and where to read the rest", async () => {
    const response = await getMeasure(get("/api/measures/II-3"), params("II-3"));
    const { data } = await response.json();
    const everything = (await listEvents({ measure: "II-3" })).map((event) => event.id);
    expect(data.eventsTotal).toBe(everything.length);
    expect(data.events.map((event: { id: string }) => event.id)).toEqual(everything.slice(0, 20));
    expect(data.links).toEqual({ events: "/api/events?measure=II-3", actions: "/api/actions?measure=II-3" });
    const [path, query] = data.links.events.split("?");
    expect(path).toBe("/api/events");
    expect(await readAllPages(query)).toEqual(everything);
    expect(Array.isArray(data.statusHistory)).toBe(true);
  });
});

describe("the timeline's pages", () => {
  const position = (entry: TimelineEntry) =>
    entry.kind === "event" ? `event:${entry.event.id}` : `status:${entry.change.id}`;

  async function walk(filters: TimelineFilters, limit: number) {
    const pages: string[][] = [];
    let page = await listTimelinePage(filters, {}, limit);
    for (;;) {
      pages.push(page.entries.map(position));
      if (!page.older) return { pages, last: page };
      page = await listTimelinePage(filters, { after: decodeCursor(page.older)! }, limit);
    }
  }

  it("merges status changes and events in date order across pages, both ways, filters kept", async () => {
    const analyst = await createAnalyst("Pager");
    // Status changes are dated today; events on today's date sort after them.
    const today = new Date().toISOString().slice(0, 10);
    await insertEvents(2, { occurredOn: () => today });
    for (const status of ["in-progress", "partially-implemented", "implemented"]) {
      await recordActionStatusChange(analyst.id, { ...validActionChange, actionId: "II-3.1", status });
    }
    const filters: TimelineFilters = { measure: "II-3" };
    const whole = (await listTimelinePage(filters, {}, 500)).entries;
    expect(whole.slice(0, 5).map((entry) => entry.kind)).toEqual(["status", "status", "status", "event", "event"]);

    const { pages, last } = await walk(filters, 4);
    expect(pages.flat()).toEqual(whole.map(position));
    expect(pages.slice(0, -1).every((page) => page.length === 4)).toBe(true);
    expect(last.from + last.entries.length - 1).toBe(last.total);
    expect(last.total).toBe(whole.length);

    // From the last page, "newer" pages lead back to the first, the same entries in reverse.
    const back: string[][] = [];
    let page = last;
    while (page.newer) {
      page = await listTimelinePage(filters, { before: decodeCursor(page.newer)! }, 4);
      back.push(page.entries.map(position));
    }
    expect(page.from).toBe(1);
    expect(back.flat().length).toBe(whole.length - last.entries.length);
    expect(back.reverse().flat()).toEqual(pages.slice(0, -1).flat());
  });

  it("pages a type filter and an empty result without links", async () => {
    const statusOnly = await walk({ measure: "II-3", type: "status-change" }, 2);
    expect(statusOnly.pages.flat().every((entry) => entry.startsWith("status:"))).toBe(true);
    expect(statusOnly.pages.flat()).toHaveLength(3);
    const none = await listTimelinePage({ from: "2030-01-01" });
    expect(none).toMatchObject({ entries: [], total: 0, newer: null, older: null });
  });
});
