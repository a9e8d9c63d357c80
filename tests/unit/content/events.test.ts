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

  it("seeds only what the sources give: the plan's release and the three orders of 2025-07-23", () => {
    expect(events.map((event) => [event.seedKey, event.occurredOn, event.source, event.measures])).toEqual([
      ["plan-release-2025-07-23", "2025-07-23", "action-plan", "all"],
      ["eo-14318-2025-07-23", "2025-07-23", "eo-14318", ["II-1"]],
      ["eo-14319-2025-07-23", "2025-07-23", "eo-14319", ["I-2"]],
      ["eo-14320-2025-07-23", "2025-07-23", "eo-14320", ["III-1"]],
    ]);
  });

  it("refuses an unknown measure and an unknown source, naming the entry", () => {
    const dir = eventsWith((list) => list.map((event, index) => (index === 1 ? { ...event, measures: ["II-9"], source: "eo-1" } : event)));
    const problems = problemsOf(dir);
    expect(problems).toContain('content/events.json: [1].measures[0]: unknown measure "II-9"');
    expect(problems).toContain('content/events.json: [1].source: unknown source document "eo-1"');
  });

  it("refuses an impossible date", () => {
    const dir = eventsWith((list) => list.map((event, index) => (index === 2 ? { ...event, occurredOn: "2025-02-30" } : event)));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/^content\/events\.json: \[2\]\.occurredOn: /));
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
      include: { measures: { orderBy: { measureId: "asc" } } },
    });
  }

  it("links the orders to their measures and the plan's release to all 30, citing a document, not a URL", async () => {
    const rows = await eventRows();
    expect(rows).toHaveLength(4);
    const byKey = new Map(rows.map((row) => [row.seedKey, row]));
    expect(byKey.get("eo-14319-2025-07-23")?.measures.map((link) => link.measureId)).toEqual(["I-2"]);
    expect(byKey.get("plan-release-2025-07-23")?.measures).toHaveLength(30);
    expect(rows.every((row) => row.sourceUrl === null && row.sourceDocumentId !== null)).toBe(true);
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
    await syncContent(client, content);
    expect((await eventRows()).map((row) => row.seedKey)).toEqual([
      "eo-14318-2025-07-23",
      "eo-14319-2025-07-23",
      "plan-release-2025-07-23",
    ]);
  });
});
