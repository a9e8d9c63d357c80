import { beforeAll, describe, expect, it } from "vitest";
import { recordActionStatusChange } from "@/lib/data/action-status";
import { listActivity } from "@/lib/data/activity";
import { follow, isFollowing, listFollowedActivity, listFollows, unfollow } from "@/lib/data/follows";
import { recordWhatsNewVisit } from "@/lib/data/visits";
import { db } from "@/lib/db";
import { asViewer, createAnalyst, validActionChange } from "./helpers";

const EVERY_MEASURE_EVENTS = ["eo-14179-2025-01-23", "ostp-rfi-action-plan-2025-02-06", "plan-release-2025-07-23"];

let author: string;
beforeAll(async () => {
  author = (await createAnalyst("Author")).id;
});

describe("following", () => {
  it("follows a measure or a sector once, and unfollows", async () => {
    const reader = (await createAnalyst()).id;
    await follow(reader, { kind: "measure", id: "I-3" });
    await follow(reader, { kind: "measure", id: "I-3" });
    await follow(reader, { kind: "sector", id: "power" });
    const follows = await listFollows(reader);
    expect(follows.measures.map((m) => m.id)).toEqual(["I-3"]);
    expect(follows.sectors.map((s) => s.id)).toEqual(["power"]);
    await unfollow(reader, { kind: "measure", id: "I-3" });
    expect(await isFollowing(reader, { kind: "measure", id: "I-3" })).toBe(false);
    await expect(follow(reader, { kind: "sector", id: "robotix" })).rejects.toThrow('There is no sector "robotix".');
  });

  it("shows a follower only what changed on what they follow, sectors bringing in their measures", async () => {
    const readerUser = await createAnalyst();
    const reader = readerUser.id;
    await follow(reader, { kind: "measure", id: "III-4" });
    await follow(reader, { kind: "sector", id: "drones" });
    const droneMeasure = (await db.measureSector.findFirst({
      where: { sectorId: "drones" },
      select: { measureId: true },
    }))!.measureId;
    const unrelated = (await db.measure.findFirst({
      where: {
        id: { not: "III-4" },
        sectors: { none: { sectorId: "drones" } },
        // No event but those that concern every measure (the plan, and the order and RFI before it).
        events: { none: { event: { seedKey: { notIn: EVERY_MEASURE_EVENTS } } } },
      },
      select: { id: true },
    }))!.id;
    await recordActionStatusChange(author, { ...validActionChange, actionId: "III-4.1" });
    await recordActionStatusChange(author, {
      ...validActionChange,
      actionId: `${droneMeasure}.1`,
      status: "implemented",
    });
    await recordActionStatusChange(author, { ...validActionChange, actionId: `${unrelated}.1` });

    const { items } = await listFollowedActivity(asViewer(readerUser));
    const statusMeasures = items.flatMap((item) => (item.kind === "status" ? [item.measure.id] : []));
    expect(statusMeasures.sort()).toEqual(["III-4", droneMeasure].sort());
    expect(statusMeasures).not.toContain(unrelated);
  });

  it("has nothing for someone who follows nothing", async () => {
    expect((await listFollowedActivity(asViewer(await createAnalyst()))).items).toEqual([]);
  });
});

describe("what's new", () => {
  it("merges events, status changes and shared notes, newest first", async () => {
    await recordActionStatusChange(author, { ...validActionChange, actionId: "I-7.1" });
    await db.note.create({
      data: { body: "Shared reading", visibility: "shared", measureId: "I-7", authorId: author },
    });
    await db.note.create({
      data: { body: "Deleted", visibility: "shared", measureId: "I-7", authorId: author, deletedAt: new Date() },
    });
    const items = await listActivity(asViewer(await createAnalyst()));
    expect(items[0]).toMatchObject({ kind: "note", body: "Shared reading" });
    expect(items[1]).toMatchObject({ kind: "status", measure: { id: "I-7" } });
    expect(items.some((item) => item.kind === "event")).toBe(true);
    expect(items.some((item) => item.kind === "note" && item.body === "Deleted")).toBe(false);
  });

  it("remembers the previous visit, treating quick reloads as the same visit", async () => {
    const reader = (await createAnalyst()).id;
    const monday = new Date("2026-01-05T09:00:00Z");
    expect(await recordWhatsNewVisit(reader, monday)).toBeNull();
    const tuesday = new Date("2026-01-06T09:00:00Z");
    expect(await recordWhatsNewVisit(reader, tuesday)).toEqual(monday);
    expect(await recordWhatsNewVisit(reader, new Date("2026-01-06T09:05:00Z"))).toEqual(monday);
    expect(await recordWhatsNewVisit(reader, new Date("2026-01-07T09:00:00Z"))).toEqual(
      new Date("2026-01-06T09:05:00Z"),
    );
  });
});

describe("GET /api/follows", () => {
  it("is 401 when signed out and lists what the analyst follows otherwise, never cached", async () => {
    const { GET } = await import("@/app/api/follows/route");
    const { issueApiToken } = await import("@/lib/auth/api-tokens");
    expect((await GET(new Request("http://localhost/api/follows"))).status).toBe(401);
    const reader = (await createAnalyst()).id;
    await follow(reader, { kind: "measure", id: "II-4" });
    await follow(reader, { kind: "sector", id: "bio" });
    const { token } = await issueApiToken(db, reader, "test");
    const response = await GET(
      new Request("http://localhost/api/follows", { headers: { Authorization: `Bearer ${token}` } }),
    );
    expect(response.headers.get("cache-control")).toBe("private, no-store");
    expect(await response.json()).toEqual({ data: { measures: ["II-4"], sectors: ["bio"] } });
  });
});
