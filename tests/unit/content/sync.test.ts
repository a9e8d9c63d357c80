import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import type { PlanContent } from "@/lib/content/schema";
import { syncContent } from "@/lib/content/sync";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { createSeededDatabase, makeTempDir } from "@/tests/support/test-database";

let client: PrismaClient;
const clients: PrismaClient[] = [];

beforeEach(async () => {
  const file = path.join(makeTempDir(), "sync.db");
  await createSeededDatabase(file);
  client = createPrismaClient(`file:${file}`);
  clients.push(client);
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
});

/** Every editorial row, in a stable order, for before/after comparisons. */
async function snapshot(db: PrismaClient) {
  return {
    pillars: await db.pillar.findMany({ orderBy: { id: "asc" } }),
    measures: await db.measure.findMany({ orderBy: { id: "asc" } }),
    sectors: await db.sector.findMany({ orderBy: { id: "asc" } }),
    links: await db.measureSector.findMany({ orderBy: [{ measureId: "asc" }, { sectorId: "asc" }] }),
    keyPolicies: await db.keyPolicyMeasure.findMany({ orderBy: [{ keyPolicyId: "asc" }, { measureId: "asc" }] }),
    sources: await db.sourceMeasure.findMany({ orderBy: [{ sourceId: "asc" }, { measureId: "asc" }] }),
  };
}

function edited(change: (content: PlanContent) => void): PlanContent {
  const content = structuredClone(loadContent());
  change(content);
  return content;
}

describe("seeding content/", () => {
  it("loads the whole plan into an empty database", async () => {
    expect(await client.pillar.count()).toBe(3);
    expect(await client.measure.count()).toBe(30);
    expect(await client.sector.count()).toBe(7);
    expect(await client.keyPolicy.count()).toBe(4);
    const sequences = (await client.measure.findMany({ orderBy: { sequence: "asc" }, select: { id: true } })).map((m) => m.id);
    expect(sequences.slice(0, 2)).toEqual(["I-1", "I-2"]);
    expect(sequences[15]).toBe("II-1");
    expect(sequences.at(-1)).toBe("III-7");
  });

  it("changes nothing when run twice", async () => {
    const before = await snapshot(client);
    await syncContent(client, loadContent());
    expect(await snapshot(client)).toEqual(before);
  });

  it("updates exactly the field that was edited", async () => {
    const before = await snapshot(client);
    await syncContent(client, edited((content) => { content.measures[0].summaryEn = "A revised summary."; }));
    const after = await snapshot(client);
    const changed = after.measures.find((measure) => measure.summaryEn === "A revised summary.");
    expect(changed?.id).toBe(loadContent().measures[0].id);
    expect({ ...after, measures: after.measures.filter((m) => m !== changed) }).toEqual({
      ...before,
      measures: before.measures.filter((m) => m.id !== changed?.id),
    });
  });

  it("removes a link that was removed from content, and adds a new one", async () => {
    const target = loadContent().measures.find((measure) => measure.sectors.length > 0)!;
    const dropped = target.sectors[0].sector;
    await syncContent(client, edited((content) => {
      const measure = content.measures.find((m) => m.id === target.id)!;
      measure.sectors = measure.sectors.filter((link) => link.sector !== dropped);
    }));
    const links = await client.measureSector.findMany({ where: { measureId: target.id } });
    expect(links.map((link) => link.sectorId)).not.toContain(dropped);

    await syncContent(client, loadContent());
    const restored = await client.measureSector.findMany({ where: { measureId: target.id } });
    expect(restored.map((link) => link.sectorId)).toContain(dropped);
  });

  it("never touches analysts' rows", async () => {
    const user = await client.user.create({ data: { id: "u1", name: "Analyst", email: "a@example.com" } });
    const note = await client.note.create({ data: { body: "My reading of I-1", measureId: "I-1", authorId: user.id } });
    await client.statusChange.create({
      data: { measureId: "I-1", status: "in-progress", verified: false, reason: "r", sourceUrls: "[]", authorId: user.id },
    });

    await syncContent(client, edited((content) => { content.measures[0].titleEn = "Renamed"; }));
    await syncContent(client, loadContent());

    expect(await client.note.findUnique({ where: { id: note.id } })).toMatchObject({ body: "My reading of I-1", measureId: "I-1" });
    // The analyst's change and account stay as they were, beside the editors' own (seedKey, editorial account).
    expect(await client.statusChange.count({ where: { authorId: user.id } })).toBe(1);
    expect(await client.statusChange.count({ where: { seedKey: null } })).toBe(1);
    expect(await client.user.count({ where: { id: { not: "editorial" } } })).toBe(1);
  });
});
