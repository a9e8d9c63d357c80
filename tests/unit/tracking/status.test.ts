import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { recordActionStatusChange } from "@/lib/data/action-status";
import { countStatuses, getCurrentStatus, listCurrentStatuses, listStatusHistory } from "@/lib/data/status";
import { db } from "@/lib/db";
import { NotFoundError } from "@/lib/errors";
import { actionStatusChangeSchema } from "@/lib/validations/status";
import { insertMeasureLevelStatus } from "@/tests/support/measure-level-status";
import { createAnalyst, validActionChange, validChange } from "./helpers";

let analyst: { id: string; name: string };
beforeAll(async () => {
  analyst = await createAnalyst("Kim Analyst");
});

function messagesOf(input: unknown): string[] {
  const result = actionStatusChangeSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

describe("status rules", () => {
  it("starts every measure as not started, claimed, with no history", async () => {
    // I-6: no seeded event bears on its actions, so no editors' assessment either.
    expect(await getCurrentStatus("I-6")).toMatchObject({ status: "not-started", verified: false, changedAt: null });
    expect(await listStatusHistory("I-6")).toEqual([]);
  });

  it("refuses a change without a reason or without a source, with a message", () => {
    expect(messagesOf({ ...validActionChange, reason: "   " })).toEqual(["Give the reason for this change."]);
    expect(messagesOf({ ...validActionChange, sourceUrls: [] })).toEqual(["Cite at least one source link."]);
  });

  it("refuses non-http(s) sources and unknown statuses", () => {
    expect(messagesOf({ ...validActionChange, sourceUrls: ["javascript:alert(1)"] })).toEqual([
      "Use a full http:// or https:// link.",
    ]);
    expect(messagesOf({ ...validActionChange, sourceUrls: ["ftp://example.com/file"] })).toHaveLength(1);
    expect(messagesOf({ ...validActionChange, status: "done" })).toEqual(["Choose one of the four statuses."]);
  });

  it("writes nothing when the input is refused", async () => {
    const before = await db.statusChange.count();
    await expect(recordActionStatusChange(analyst.id, { ...validActionChange, reason: "" })).rejects.toBeInstanceOf(
      ZodError,
    );
    await expect(
      recordActionStatusChange(analyst.id, { ...validActionChange, actionId: "II-1.99" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await db.statusChange.count()).toBe(before);
  });

  it("records who, when, the status, the reason and the sources; the newest change is current", async () => {
    await recordActionStatusChange(analyst.id, {
      ...validActionChange,
      actionId: "III-2.1",
      status: "in-progress",
      verified: false,
    });
    await recordActionStatusChange(analyst.id, {
      ...validActionChange,
      actionId: "III-2.1",
      status: "partially-implemented",
      reason: "일부 조치 이행",
      sourceUrls: ["https://example.gov/a", "https://example.gov/b", "https://example.gov/a"],
    });
    const history = await listStatusHistory("III-2");
    expect(history.map((entry) => [entry.status, entry.verified, entry.author.name])).toEqual([
      ["partially-implemented", true, "Kim Analyst"],
      ["in-progress", false, "Kim Analyst"],
    ]);
    expect(history[0].reason).toBe("일부 조치 이행");
    expect(history[0].sourceUrls).toEqual(["https://example.gov/a", "https://example.gov/b"]);
    expect(history[0].createdAt).toBeInstanceOf(Date);
    expect((await getCurrentStatus("III-2")).status).toBe("partially-implemented");
    expect((await listCurrentStatuses()).get("III-2")?.status).toBe("partially-implemented");
  });

  it("keeps the history append-only: the database refuses edits and deletions", async () => {
    const { id } = await recordActionStatusChange(analyst.id, { ...validActionChange, actionId: "III-3.1" });
    await expect(db.statusChange.update({ where: { id }, data: { reason: "rewritten" } })).rejects.toThrow(
      /append-only/,
    );
    await expect(db.statusChange.delete({ where: { id } })).rejects.toThrow(/append-only/);
    expect((await listStatusHistory("III-3"))[0].reason).toBe(validChange.reason);
  });

  it("counts measures per status for the plan, a pillar and a sector", async () => {
    // An old measure-level row still counts while none of II-2's actions has a status.
    await insertMeasureLevelStatus(analyst.id, { ...validChange, measureId: "II-2", status: "implemented" });
    const plan = await countStatuses();
    expect(plan.total).toBe(30);
    expect(Object.values(plan.counts).reduce((a, b) => a + b, 0)).toBe(30);
    const pillar = await countStatuses({ pillarId: "II" });
    expect(pillar.total).toBe(8);
    // Measure statuses derive from their actions (the editors' assessments); II-1 is partly done.
    expect(pillar.counts["partially-implemented"]).toBe(1);
    const power = await countStatuses({ sectorId: "power" });
    expect(power.total).toBe(await db.measureSector.count({ where: { sectorId: "power" } }));
  });
});
