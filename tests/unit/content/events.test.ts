import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { contentWith, problemsOf } from "@/tests/support/content-copies";
import { createSeededDatabase, makeTempDir } from "@/tests/support/test-database";

type EventJson = Record<string, unknown>;

function eventsWith(edit: (events: EventJson[]) => EventJson[]): string {
  return contentWith("events.json", (data) => edit(data as EventJson[]));
}

describe("content/events.json", () => {
  const { events } = loadContent();

  it("holds the reference's 50 confirmed events, in date order, each once", () => {
    expect(events).toHaveLength(50);
    expect(events.map((event) => event.reference)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    const dates = events.map((event) => event.occurredOn);
    expect(dates).toEqual([...dates].sort());
    expect(dates[0]).toBe("2025-01-23");
    expect(dates.at(-1)).toBe("2026-07-01");
  });

  it("keeps the launch-day seedKeys, so re-seeding an old database updates those events", () => {
    const byKey = new Map(events.map((event) => [event.seedKey, event]));
    expect(byKey.get("plan-release-2025-07-23")?.measures).toBe("all");
    expect(byKey.get("eo-14318-2025-07-23")?.identifiers).toContain("EO 14318");
    expect(byKey.get("eo-14319-2025-07-23")?.actions).toEqual(["I-2.2"]);
    expect(byKey.get("eo-14320-2025-07-23")?.actions).toEqual(["III-1.1"]);
  });

  it("gives every event an address and a rating, and marks descriptions that stand in for titles", () => {
    expect(events.every((event) => /^https?:\/\//.test(event.sourceUrl))).toBe(true);
    const official = events.filter((event) => event.confidence === "official").map((event) => event.reference);
    expect(official).toEqual([1, 2, 5, 6, 7, 8, 10, 11, 17, 19, 22, 24, 27, 30, 32, 47]);
    const described = events.filter((event) => event.titleIsDescription);
    expect(described.map((event) => event.reference)).toContain(23);
    expect(events.find((event) => event.reference === 19)?.titleIsDescription).toBe(false);
  });

  it("refuses an unknown measure and an unknown source document, naming the entry", () => {
    const dir = eventsWith((list) =>
      list.map((event, index) => (index === 2 ? { ...event, measures: ["II-9"], source: "eo-1" } : event)),
    );
    const problems = problemsOf(dir);
    expect(problems).toContain('content/events.json: [2].measures[0]: unknown measure "II-9"');
    expect(problems).toContain('content/events.json: [2].source: unknown source document "eo-1"');
  });

  it("refuses a malformed action id and an address that is not http(s)", () => {
    const dir = eventsWith((list) =>
      list.map((event, index) => (index === 1 ? { ...event, actions: ["IV-1.1"], sourceUrl: "ftp://example.com" } : event)),
    );
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.stringMatching(/^content\/events\.json: \[1\]\.actions\[0\]: /));
    expect(problems).toContainEqual(expect.stringMatching(/^content\/events\.json: \[1\]\.sourceUrl: /));
  });

  it("refuses an impossible date and an unknown type", () => {
    const dir = eventsWith((list) =>
      list.map((event, index) => (index === 2 ? { ...event, occurredOn: "2025-02-30", type: "tweet" } : event)),
    );
    const problems = problemsOf(dir);
    expect(problems).toContainEqual(expect.stringMatching(/^content\/events\.json: \[2\]\.occurredOn: /));
    expect(problems).toContainEqual(expect.stringMatching(/^content\/events\.json: \[2\]\.type: /));
  });
});

describe("seeding events", () => {
  let client: PrismaClient;
  const clients: PrismaClient[] = [];

  beforeEach(async () => {
    const file = path.join(makeTempDir(), "events.db");
    await createSeededDatabase(file);
    client = createPrismaClient(`file:${file}`);
    clients.push(client);
  });
  afterAll(async () => Promise.all(clients.map((c) => c.$disconnect())));

  async function eventRows() {
    return client.event.findMany({
      orderBy: { seedKey: "asc" },
      include: { measures: { orderBy: { measureId: "asc" } }, deadlines: { orderBy: { deadlineId: "asc" } } },
    });
  }

  it("writes 50 events, each with a source address, its identifiers and the measures it bears on", async () => {
    const rows = await eventRows();
    expect(rows).toHaveLength(50);
    expect(rows.every((row) => row.sourceUrl?.startsWith("http"))).toBe(true);
    const byKey = new Map(rows.map((row) => [row.seedKey, row]));
    const genesis = byKey.get("eo-14363-genesis-mission-2025-11-24");
    expect(JSON.parse(genesis?.identifiers ?? "[]")).toEqual(["EO 14363", "FR Doc 2025-21665", "90 FR 55035-55039"]);
    expect(genesis?.confidence).toBe("official");
    // Its actions' measures (I-7, I-8, I-11) and the sections it names (I-7, I-8), once each.
    expect(genesis?.measures.map((link) => link.measureId)).toEqual(["I-11", "I-7", "I-8"]);
    expect(byKey.get("plan-release-2025-07-23")?.measures).toHaveLength(30);
    expect(JSON.parse(byKey.get("bis-affiliates-rule-2025-09-30")?.sourceUrls ?? "[]")).toHaveLength(2);
  });

  it("changes nothing when run twice, and leaves analysts' events and their links alone", async () => {
    const user = await client.user.create({ data: { id: "u1", name: "Analyst", email: "a@example.com" } });
    const mine = await client.event.create({
      data: {
        type: "rfi",
        occurredOn: "2025-09-01",
        titleEn: "An analyst's event",
        sourceUrl: "https://example.com/rfi",
        createdById: user.id,
        measures: { create: [{ measureId: "I-3" }] },
      },
    });
    const before = await eventRows();
    await syncContent(client, loadContent());
    await syncContent(client, loadContent());
    expect(await eventRows()).toEqual(before);
    expect(await client.eventMeasure.findMany({ where: { eventId: mine.id } })).toEqual([{ eventId: mine.id, measureId: "I-3" }]);
  });

  it("removes a seeded event dropped from content/, and only that one", async () => {
    const content = structuredClone(loadContent());
    content.events = content.events.filter((event) => event.seedKey !== "eo-14320-2025-07-23");
    content.deadlines = content.deadlines.map((d) => ({ ...d, metBy: d.metBy.filter((key) => key !== "eo-14320-2025-07-23") }));
    await syncContent(client, content);
    const keys = (await eventRows()).map((row) => row.seedKey);
    expect(keys).toHaveLength(49);
    expect(keys).not.toContain("eo-14320-2025-07-23");
    expect(keys).toContain("eo-14319-2025-07-23");
  });
});
