import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { syncContent } from "@/lib/content/sync";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/prisma/migrations-runner";
import { contentWithFixtureActions } from "@/tests/support/action-fixtures";
import { makeTempDir } from "@/tests/support/test-database";
import { withEventsLinkedByMeasure } from "@/tests/support/timeline-fixtures";

let client: PrismaClient;
const clients: PrismaClient[] = [];

beforeEach(async () => {
  const file = path.join(makeTempDir(), "actions-sync.db");
  // Migrated, then seeded from the fixture alone: the full content's editors' assessments would pin
  // the 103 real actions (status history is append-only), so the fixture could not replace them.
  applyMigrations(file);
  client = createPrismaClient(`file:${file}`);
  clients.push(client);
  await syncContent(client, loadContent(withEventsLinkedByMeasure(contentWithFixtureActions())));
});

afterAll(async () => {
  await Promise.all(clients.map((c) => c.$disconnect()));
});

async function snapshot(db: PrismaClient) {
  return {
    agencies: await db.agency.findMany({ orderBy: { id: "asc" } }),
    actions: await db.action.findMany({ orderBy: { id: "asc" } }),
    links: await db.actionAgency.findMany({ orderBy: [{ actionId: "asc" }, { agencyId: "asc" }] }),
    sources: await db.actionSource.findMany({ orderBy: [{ actionId: "asc" }, { sourceId: "asc" }] }),
  };
}

describe("seeding recommended actions", () => {
  it("writes actions in plan order with their lead and partner agencies", async () => {
    const actions = await client.action.findMany({
      orderBy: { sequence: "asc" },
      select: { id: true, sequence: true },
    });
    expect(actions.map((action) => action.id)).toEqual([
      "I-1.1",
      "I-1.2",
      "I-1.3",
      "I-1.4",
      "I-1.5",
      "I-2.1",
      "I-2.2",
      "I-2.3",
    ]);
    const links = await client.actionAgency.findMany({ where: { actionId: "I-2.1" }, orderBy: { role: "asc" } });
    expect(links.map((link) => [link.agencyId, link.role])).toEqual([
      ["doc", "lead"],
      ["nist", "partner"],
    ]);
    expect((await client.agency.findUnique({ where: { id: "caisi" } }))?.parentId).toBe("nist");
  });

  it("changes nothing when run twice", async () => {
    const before = await snapshot(client);
    await syncContent(client, loadContent(withEventsLinkedByMeasure(contentWithFixtureActions())));
    expect(await snapshot(client)).toEqual(before);
  });

  it("moves, edits and removes exactly what the content changed", async () => {
    const dir = withEventsLinkedByMeasure(
      contentWithFixtureActions((files) => {
        const actions = files["I-01.json"].actions;
        actions.splice(1, 1); // drop I-1.2; the later bullets move up one place
        actions.forEach((action, index) => {
          action.id = `I-1.${index + 1}`;
        });
        files["I-02.json"].actions[0].partners = [];
        files["I-02.json"].actions[0].sources = ["action-plan"];
      }),
    );
    await syncContent(client, loadContent(dir));
    const actions = await client.action.findMany({ orderBy: { sequence: "asc" }, select: { id: true, titleEn: true } });
    expect(actions.map((action) => action.id)).toEqual(["I-1.1", "I-1.2", "I-1.3", "I-1.4", "I-2.1", "I-2.2", "I-2.3"]);
    expect(actions[1].titleEn).toBe("Weigh state AI rules in discretionary funding");
    expect(await client.actionAgency.count({ where: { actionId: "I-2.1", role: "partner" } })).toBe(0);
    expect(await client.actionSource.findMany({ where: { actionId: "I-2.1" } })).toEqual([
      { actionId: "I-2.1", sourceId: "action-plan" },
    ]);
  });

  it("keeps an action an analyst's status change points at, refusing to drop it", async () => {
    const user = await client.user.create({ data: { id: "u1", name: "A", email: "a@example.com" } });
    await client.statusChange.create({
      data: {
        measureId: "I-2",
        actionId: "I-2.3",
        status: "in-progress",
        verified: false,
        reason: "CAISI announced evaluations.",
        sourceUrls: JSON.stringify(["https://www.nist.gov/caisi"]),
        authorId: user.id,
      },
    });
    const dir = withEventsLinkedByMeasure(
      contentWithFixtureActions((files) => {
        files["I-02.json"].actions.pop();
      }),
    );
    await expect(syncContent(client, loadContent(dir))).rejects.toThrow();
    expect(await client.action.count({ where: { id: "I-2.3" } })).toBe(1);
  });
});
