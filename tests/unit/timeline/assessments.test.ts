import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deriveAssessments, EDITORIAL_USER_ID } from "@/lib/content/assessments";
import { loadContent } from "@/lib/content/load";
import type { EventContent, PlanContent } from "@/lib/content/schema";
import { syncContent } from "@/lib/content/sync";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { applyMigrations } from "@/prisma/migrations-runner";
import { contentWithFixtureActions } from "@/tests/support/action-fixtures";
import { makeTempDir } from "@/tests/support/test-database";

const event = (over: Partial<EventContent>): EventContent => ({
  seedKey: "e",
  reference: 1,
  type: "other",
  occurredOn: "2025-09-01",
  titleEn: "An event",
  titleIsDescription: false,
  titleKo: "사건",
  issuingBody: "OSTP",
  identifiers: [],
  sourceUrl: "https://example.gov/e",
  sourceUrls: [],
  confidence: "official",
  planRole: "implements",
  actions: ["I-1.2"],
  measures: [],
  summaryEn: "s",
  summaryKo: "s",
  ...over,
});
const actions = [{ id: "I-1.2", measure: "I-1" }] as PlanContent["actions"];

describe("the assessment rules", () => {
  it("puts an action in progress from the earliest event that implements it: verified when official", () => {
    const result = deriveAssessments({
      actions,
      assessments: [],
      events: [
        event({ seedKey: "later", occurredOn: "2025-10-01", confidence: "official" }),
        event({
          seedKey: "first",
          occurredOn: "2025-08-01",
          confidence: "reported",
          sourceUrl: "https://example.com/r",
        }),
      ],
    });
    expect(result).toEqual([
      expect.objectContaining({ actionId: "I-1.2", status: "in-progress", verified: false, effectiveOn: "2025-08-01" }),
    ]);
    expect(result[0].sourceUrls).toEqual(["https://example.com/r"]);
  });

  it("sets nothing from lead-up, reversal or status-check events, nor from a section-only event", () => {
    const result = deriveAssessments({
      actions,
      assessments: [],
      events: [
        event({ seedKey: "a", planRole: "lead-up" }),
        event({ seedKey: "b", planRole: "reversal" }),
        event({ seedKey: "c", planRole: "status-check" }),
        event({ seedKey: "d", actions: [], measures: ["I-1"] }),
      ],
    });
    expect(result).toEqual([]);
  });
});

describe("seeding the editors' assessments", () => {
  let client: PrismaClient;
  let content: PlanContent;
  beforeAll(async () => {
    const file = path.join(makeTempDir(), "assessments.db");
    // A database that only ever had the fixture actions: the real content's assessments would pin
    // real actions that the fixture content drops.
    applyMigrations(file);
    client = createPrismaClient(`file:${file}`);
    content = loadContent(contentWithFixtureActions());
    await syncContent(client, content);
  });
  afterAll(async () => client.$disconnect());

  const seeded = () =>
    client.statusChange.findMany({
      where: { seedKey: { not: null } },
      orderBy: [{ actionId: "asc" }, { createdAt: "asc" }],
      select: {
        actionId: true,
        status: true,
        verified: true,
        createdAt: true,
        authorId: true,
        sourceUrls: true,
        seedKey: true,
      },
    });

  it("records them as the editorial account, dated by their events and citing them", async () => {
    const rows = await seeded();
    expect(
      rows.map((row) => [row.actionId, row.status, row.verified, row.createdAt.toISOString().slice(0, 10)]),
    ).toEqual([
      ["I-1.1", "in-progress", true, "2025-09-26"],
      ["I-1.3", "in-progress", true, "2025-12-11"],
      ["I-1.4", "in-progress", true, "2025-12-11"],
      ["I-1.5", "in-progress", true, "2025-12-11"],
      ["I-2.2", "in-progress", true, "2025-07-23"],
      ["I-2.2", "implemented", false, "2025-12-11"],
      ["I-2.3", "in-progress", false, "2025-09-30"],
      ["I-2.3", "partially-implemented", false, "2025-09-30"],
    ]);
    expect(rows.every((row) => row.authorId === EDITORIAL_USER_ID)).toBe(true);
    const implemented = rows.find((row) => row.status === "implemented");
    expect(JSON.parse(implemented?.sourceUrls ?? "[]")).toContain(
      "https://www.govinfo.gov/content/pkg/FR-2025-07-28/html/2025-14217.htm",
    );
    // Later status the same day sorts after: the current status of I-2.3 is "partially implemented".
    const latest = await client.statusChange.findFirst({
      where: { actionId: "I-2.3" },
      orderBy: { createdAt: "desc" },
    });
    expect(latest?.status).toBe("partially-implemented");
  });

  it("has an editorial account that cannot sign in", async () => {
    const user = await client.user.findUniqueOrThrow({ where: { id: EDITORIAL_USER_ID }, include: { accounts: true } });
    expect(user.name).toBe("편집부 / Editorial");
    expect(user.banned).toBe(true);
    expect(user.accounts).toEqual([]);
  });

  it("never duplicates one on re-seed, and leaves analysts' changes as they are", async () => {
    const analyst = await client.user.create({
      data: { id: "analyst-1", name: "Analyst", email: "analyst@example.com" },
    });
    const mine = await client.statusChange.create({
      data: {
        measureId: "I-2",
        actionId: "I-2.2",
        status: "in-progress",
        verified: false,
        reason: "My own reading.",
        sourceUrls: JSON.stringify(["https://example.com/mine"]),
        authorId: analyst.id,
      },
    });
    const before = await seeded();
    await syncContent(client, content);
    await syncContent(client, content);
    expect(await seeded()).toEqual(before);
    expect(await client.statusChange.findUniqueOrThrow({ where: { id: mine.id } })).toEqual(mine);
    expect(await client.statusChange.count({ where: { authorId: analyst.id } })).toBe(1);
  });
});
