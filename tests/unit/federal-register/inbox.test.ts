import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listActivity } from "@/lib/data/activity";
import { acceptInboxCandidate, dismissInboxCandidate, listNewInboxCandidates } from "@/lib/data/inbox";
import { listTimelinePage } from "@/lib/data/timeline";
import { db } from "@/lib/db";
import { ConflictError } from "@/lib/errors";
import { eventTypeForDocument } from "@/lib/federal-register/mapping";
import { runFederalRegisterWatch } from "@/lib/federal-register/run-watch";
import { buildAtomFeed, type FeedLabels } from "@/lib/feeds/atom";
import { createViewer } from "@/tests/support/accounts";
import { fixtureDocuments } from "@/tests/support/federal-register/fixtures";
import { type FakeFederalRegister, startFakeFederalRegister } from "@/tests/support/federal-register/server";
import { NOW } from "./helpers";

let api: FakeFederalRegister;
let analystId: string;
const run = (now = NOW) => runFederalRegisterWatch(db, { trigger: "cli", apiUrl: api.url, now });
const candidate = (documentNumber: string) => db.inboxCandidate.findUniqueOrThrow({ where: { documentNumber } });

beforeAll(async () => {
  api = await startFakeFederalRegister();
  api.setDocuments(fixtureDocuments(NOW));
  analystId = (await createViewer("inbox-analyst")).id;
  await run();
});
afterAll(() => api.close());

describe("mapping a document to an event type", () => {
  const doc = (documentType: string, title = "A title", abstract: string | null = null) => ({
    documentType,
    title,
    abstract,
  });
  it.each([
    [doc("Presidential Document"), "executive-order"],
    [doc("Rule"), "final-rule"],
    [doc("Proposed Rule"), "proposed-rule"],
    [doc("Notice", "Request for Information on AI"), "rfi"],
    [doc("Notice", "Meeting", "The agency requests comments on its plan."), "other"],
    [doc("Notice", "Meeting", "A request for comments on evaluations."), "rfi"],
    [doc("Notice", "Sunshine Act meeting"), "other"],
    [doc("Uncategorized Document"), "other"],
  ])("%o → %s", (document, type) => {
    expect(eventTypeForDocument(document)).toBe(type);
  });
});

describe("the inbox", () => {
  it("lists new candidates with their suggested actions and the mapped type", async () => {
    const rows = await listNewInboxCandidates();
    expect(rows.map((row) => row.documentNumber)).toEqual(["2026-90004", "2026-90003", "2026-90002", "2026-90001"]);
    const notice = rows.find((row) => row.documentNumber === "2026-90003");
    expect(notice?.eventType).toBe("rfi");
    expect(notice?.suggestedActions.map((action) => action.id)).toContain("I-2.1");
  });

  it("accepting makes an event linked to the chosen actions, on the timeline and in the feed", async () => {
    const notice = await candidate("2026-90003");
    const { id: eventId } = await acceptInboxCandidate(analystId, {
      candidateId: notice.id,
      type: "rfi",
      occurredOn: notice.publicationDate,
      titleEn: notice.title,
      titleKo: "",
      summaryEn: notice.abstract ?? "",
      summaryKo: "",
      actionIds: ["I-2.1", "I-1.1"],
    });
    const event = await db.event.findUniqueOrThrow({
      where: { id: eventId },
      include: { actions: { orderBy: { actionId: "asc" } }, measures: { orderBy: { measureId: "asc" } } },
    });
    expect(event).toMatchObject({
      type: "rfi",
      occurredOn: "2026-11-22",
      sourceUrl: "https://fixtures.example.org/documents/2026-90003",
      createdById: analystId,
    });
    expect(event).toMatchObject({
      identifiers: '["FR Doc 2026-90003"]',
      issuingBody: "Commerce Department; National Institute of Standards and Technology",
      confidence: "official",
      sourceUrls: '["https://fixtures.example.org/pdf/2026-90003.pdf"]',
    });
    expect(event.actions.map((link) => link.actionId)).toEqual(["I-1.1", "I-2.1"]);
    expect(event.measures.map((link) => link.measureId)).toEqual(["I-1", "I-2"]);
    expect(await candidate("2026-90003")).toMatchObject({ status: "accepted", decidedById: analystId, eventId });

    const timeline = await listTimelinePage({ measure: "I-2" });
    expect(timeline.entries.some((entry) => entry.kind === "event" && entry.event.id === eventId)).toBe(true);
    // What /feed.xml and the measure feeds serve: the activity, as Atom.
    const labels: FeedLabels = {
      title: "What's new",
      subtitle: "",
      author: "Tracker",
      event: "Event",
      eventType: (type) => type,
      status: () => "status",
      note: () => "note",
    };
    for (const scope of [undefined, { measureIds: ["I-2"], sectorIds: [] }]) {
      const feed = buildAtomFeed({
        origin: "https://tracker.example",
        locale: "en",
        selfPath: "/feed.xml?lang=en",
        alternatePath: "/whats-new",
        labels,
        items: await listActivity(null, { scope }),
      });
      expect(feed).toContain("risk management framework");
      expect(feed).toContain("https://fixtures.example.org/documents/2026-90003");
    }
  });

  it("refuses a second decision on the same document, and writes nothing", async () => {
    const notice = await candidate("2026-90003");
    const events = await db.event.count();
    await expect(
      acceptInboxCandidate(analystId, {
        candidateId: notice.id,
        type: "rfi",
        occurredOn: notice.publicationDate,
        titleEn: "Again",
        actionIds: ["I-2.1"],
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    await expect(dismissInboxCandidate(analystId, notice.id)).rejects.toBeInstanceOf(ConflictError);
    expect(await db.event.count()).toBe(events);
  });

  it("refuses actions that are not the plan's, and no action at all", async () => {
    const rule = await candidate("2026-90002");
    const input = { candidateId: rule.id, type: "final-rule", occurredOn: rule.publicationDate, titleEn: rule.title };
    await expect(acceptInboxCandidate(analystId, { ...input, actionIds: ["III-7.9"] })).rejects.toThrow(
      "Choose actions of the plan.",
    );
    await expect(acceptInboxCandidate(analystId, { ...input, actionIds: [] })).rejects.toThrow();
    expect((await candidate("2026-90002")).status).toBe("new");
  });

  it("a dismissed or accepted document never comes back, whatever the API sends again", async () => {
    const order = await candidate("2026-90001");
    await dismissInboxCandidate(analystId, order.id);
    expect(await candidate("2026-90001")).toMatchObject({ status: "dismissed", decidedById: analystId, eventId: null });
    await db.watchRun.updateMany({ data: { since: "2026-10-31" } });
    // The run is asked again from the first day: every fixture comes back from the API.
    await db.watchRun.deleteMany({ where: { candidates: { none: {} } } });
    const again = await runFederalRegisterWatch(db, {
      trigger: "cli",
      apiUrl: api.url,
      now: new Date("2026-11-30T13:00:00Z"),
    });
    expect(again).toMatchObject({ ok: true, added: 0 });
    const fresh = await listNewInboxCandidates();
    expect(fresh.map((row) => row.documentNumber)).toEqual(["2026-90004", "2026-90002"]);
  });
});
