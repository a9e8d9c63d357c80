import { beforeAll, describe, expect, it } from "vitest";
import { ZodError } from "zod";
import {
  createEvent,
  getEventById,
  listEventRevisions,
  listEvents,
  listRecentEvents,
  updateEvent,
} from "@/lib/data/events";
import { db } from "@/lib/db";
import { ConflictError, DomainError } from "@/lib/errors";
import { eventSchema } from "@/lib/validations/events";
import { eventFiltersSchema, type TimelineFilters } from "@/lib/validations/timeline";
import { createAnalyst } from "./helpers";

const rfi = {
  type: "rfi",
  occurredOn: "2025-09-26",
  titleEn: "Request for information on federal AI regulation",
  titleKo: "연방 AI 규제에 관한 정보 요청",
  summaryEn: "",
  summaryKo: "",
  sourceUrl: "https://example.gov/rfi",
  measureIds: ["I-1"],
};

let analystId: string;
beforeAll(async () => {
  analystId = (await createAnalyst()).id;
});

function firstMessage(input: unknown) {
  const result = eventSchema.safeParse(input);
  return result.success ? null : result.error.issues[0].message;
}

describe("event validation", () => {
  it("refuses impossible and malformed dates", () => {
    expect(firstMessage({ ...rfi, occurredOn: "2025-02-30" })).toBe("Use a real date written YYYY-MM-DD.");
    expect(firstMessage({ ...rfi, occurredOn: "26/09/2025" })).toBe("Use a real date written YYYY-MM-DD.");
  });

  it("refuses non-http(s) source URLs", () => {
    for (const sourceUrl of ["javascript:alert(1)", "data:text/html,hi", "example.gov/rfi", "ftp://example.gov"]) {
      expect(firstMessage({ ...rfi, sourceUrl })).toBe("Use a full http:// or https:// link.");
    }
  });

  it("needs a measure and a title in one language", () => {
    expect(firstMessage({ ...rfi, measureIds: [] })).toBe("Choose at least one measure this event concerns.");
    expect(firstMessage({ ...rfi, titleEn: "", titleKo: " " })).toBe("Give a title in Korean or English.");
  });

  it("refuses an unknown measure with a message and writes nothing", async () => {
    const before = await db.event.count();
    await expect(createEvent(analystId, { ...rfi, measureIds: ["I-1", "III-8"] })).rejects.toThrow(
      "Unknown measure: III-8.",
    );
    await expect(createEvent(analystId, { ...rfi, measureIds: ["IV-1"] })).rejects.toBeInstanceOf(ZodError);
    expect(await db.event.count()).toBe(before);
  });
});

describe("events", () => {
  it("adds an event and lists it on its measures, newest first", async () => {
    const { id } = await createEvent(analystId, rfi);
    const onMeasure = await listEvents({ measure: "I-1" });
    const dates = onMeasure.map((event) => event.occurredOn);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(onMeasure.find((event) => event.id === id)).toMatchObject({
      id,
      type: "rfi",
      occurredOn: "2025-09-26",
      titleKo: "연방 AI 규제에 관한 정보 요청",
      summaryEn: null,
    });
    // The earliest seeded event on every measure: the order that set the plan in motion.
    expect(onMeasure.at(-1)?.seedKey).toBe("eo-14179-2025-01-23");
  });

  it("records each edit as a revision holding the previous version", async () => {
    const { id } = await createEvent(analystId, { ...rfi, titleEn: "Draft title" });
    await updateEvent(analystId, id, { ...rfi, titleEn: "Final title", measureIds: ["I-1", "I-3"] });
    const event = await getEventById(id);
    expect(event?.titleEn).toBe("Final title");
    expect(event?.measures.map((m) => m.id)).toEqual(["I-1", "I-3"]);
    const revisions = await listEventRevisions(id);
    expect(revisions).toHaveLength(1);
    expect(revisions[0].snapshot).toMatchObject({ titleEn: "Draft title", measureIds: ["I-1"] });
  });

  it("refuses to edit a seeded event, and a bad edit changes nothing", async () => {
    const seeded = (await listEvents({ type: "executive-order" }))[0];
    await expect(updateEvent(analystId, seeded.id, rfi)).rejects.toBeInstanceOf(ConflictError);
    const { id } = await createEvent(analystId, rfi);
    await expect(updateEvent(analystId, id, { ...rfi, sourceUrl: "javascript:x" })).rejects.toBeInstanceOf(ZodError);
    await expect(updateEvent(analystId, id, { ...rfi, measureIds: ["II-9"] })).rejects.toBeInstanceOf(DomainError);
    expect((await getEventById(id))?.sourceUrl).toBe(rfi.sourceUrl);
    expect(await listEventRevisions(id)).toEqual([]);
  });

  it("filters by pillar, sector, type and date range", async () => {
    await createEvent(analystId, { ...rfi, type: "funding", occurredOn: "2025-11-01", measureIds: ["II-2"] });
    const types = (events: { type: string }[]) => new Set(events.map((event) => event.type));
    expect(types(await listEvents({ type: "executive-order" }))).toEqual(new Set(["executive-order"]));
    const pillarThree = await listEvents({ pillar: "III" });
    expect(pillarThree.every((event) => event.measures.some((m) => m.id.startsWith("III-")))).toBe(true);
    expect(pillarThree.map((event) => event.seedKey)).toContain("eo-14320-2025-07-23");
    const power = await listEvents({ sector: "power", from: "2025-10-01", to: "2025-12-31" });
    // Analysts' events only: the seeded ones of that window (the DOE letter to FERC…) are tested in content/.
    expect(power.filter((event) => !event.seedKey).map((event) => [event.type, event.occurredOn])).toEqual([
      ["funding", "2025-11-01"],
    ]);
    expect(await listEvents({ from: "2030-01-01" })).toEqual([]);
  });

  it("reads the timeline's filters from the URL and refuses bad ones", () => {
    expect(eventFiltersSchema.parse({ pillar: "", type: "rfi", from: "2025-01-01" })).toEqual({
      type: "rfi",
      from: "2025-01-01",
    });
    expect(eventFiltersSchema.safeParse({ from: "2025-12-01", to: "2025-01-01" }).success).toBe(false);
    expect(eventFiltersSchema.safeParse({ type: "tweet" }).success).toBe(false);
  });
});

describe("the timeline", () => {
  it("shows status changes with events, newest date first, and filters them like events", async () => {
    const { listTimelinePage } = await import("@/lib/data/timeline");
    const listTimeline = async (filters: TimelineFilters = {}) => (await listTimelinePage(filters)).entries;
    const { recordActionStatusChange } = await import("@/lib/data/action-status");
    await recordActionStatusChange(analystId, {
      actionId: "III-5.1",
      status: "in-progress",
      verified: false,
      reason: "Timeline check",
      sourceUrls: ["https://example.gov/align"],
    });
    const today = new Date().toISOString().slice(0, 10);
    const all = await listTimeline();
    expect(all[0]).toMatchObject({
      kind: "status",
      date: today,
      change: { reason: "Timeline check", measure: { id: "III-5" } },
    });
    const dates = all.map((entry) => entry.date);
    expect(dates).toEqual([...dates].sort().reverse());
    expect((await listTimeline({ type: "status-change" })).every((entry) => entry.kind === "status")).toBe(true);
    expect((await listTimeline({ type: "executive-order" })).every((entry) => entry.kind === "event")).toBe(true);
    expect(
      (await listTimeline({ pillar: "I", type: "status-change" })).some(
        (e) => e.kind === "status" && e.change.measure.id === "III-5",
      ),
    ).toBe(false);
    // Before today only the editors' assessments (dated by their events) are there, no analyst's change.
    const earlier = await listTimeline({ to: "2025-12-31", type: "status-change" });
    expect(earlier.every((entry) => entry.kind === "status" && entry.change.seedKey !== null)).toBe(true);
  });
});

describe("form messages in both languages", () => {
  it("has a Korean and an English text for every message the tracking forms can show", async () => {
    const { validationMessageKey } = await import("@/lib/validations/messages");
    const { actionStatusChangeSchema } = await import("@/lib/validations/status");
    const en = (await import("@/lib/i18n/messages/en.json")).default.Validation as Record<string, string>;
    const ko = (await import("@/lib/i18n/messages/ko.json")).default.Validation as Record<string, string>;
    const shown = [
      ...actionStatusChangeSchema.safeParse({ actionId: "I-1.1", status: "x", reason: "", sourceUrls: [] }).error!
        .issues,
      ...actionStatusChangeSchema.safeParse({
        actionId: "I-1.1",
        status: "implemented",
        verified: true,
        reason: "r",
        sourceUrls: ["ftp://x", ...Array(6).fill("https://a.gov")],
      }).error!.issues,
      ...eventSchema.safeParse({ type: "x", occurredOn: "2025-02-30", titleEn: "", sourceUrl: "x", measureIds: [] })
        .error!.issues,
    ].map((issue) => issue.message);
    for (const message of new Set(shown.filter((m) => !m.startsWith("Invalid")))) {
      const key = validationMessageKey(message)!;
      expect(key, message).toBeDefined();
      expect(en[key]).toBe(message);
      expect(ko[key]).toMatch(/[가-힣]/);
    }
  });
});

describe("a measure page's events", () => {
  it("lists the newest ten and counts them all, so the page links to the rest on the timeline", async () => {
    for (let day = 1; day <= 12; day++) {
      await createEvent(analystId, {
        ...rfi,
        occurredOn: `2026-11-${String(day).padStart(2, "0")}`, // after every seeded event
        titleEn: `RFI ${day}`,
        measureIds: ["I-5"],
      });
    }
    const all = await listEvents({ measure: "I-5" });
    const { events, total } = await listRecentEvents({ measure: "I-5" }, 10);
    expect(total).toBe(all.length);
    expect(total).toBeGreaterThan(10);
    expect(events.map((event) => event.id)).toEqual(all.slice(0, 10).map((event) => event.id));
    expect(events[0].titleEn).toBe("RFI 12");
  });
});
