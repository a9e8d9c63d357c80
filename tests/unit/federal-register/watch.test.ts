import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { runFederalRegisterWatch, watchStartDate } from "@/lib/federal-register/run-watch";
import { fixtureDocuments } from "@/tests/support/federal-register/fixtures";
import { type FakeFederalRegister, startFakeFederalRegister } from "@/tests/support/federal-register/server";
import { NOW } from "./helpers";

let api: FakeFederalRegister;
const run = (now = NOW) => runFederalRegisterWatch(db, { trigger: "cli", apiUrl: api.url, now });
const inboxNumbers = async () =>
  (await db.inboxCandidate.findMany({ orderBy: { documentNumber: "asc" }, select: { documentNumber: true } })).map(
    (row) => row.documentNumber,
  );

beforeAll(async () => {
  api = await startFakeFederalRegister();
});
afterAll(() => api.close());
beforeEach(async () => {
  await db.inboxCandidate.deleteMany();
  await db.watchRun.deleteMany();
  await db.watchQuery.deleteMany({ where: { id: { not: "default-artificial-intelligence" } } });
  api.setDocuments(fixtureDocuments(NOW));
  api.setFailure("none");
  api.setPageSize(1000);
  api.requests.length = 0;
});

describe("a run of the Federal Register watch", () => {
  it("starts from the migration's default query and looks back 30 days the first time", async () => {
    const queries = await db.watchQuery.findMany();
    expect(queries).toMatchObject([{ term: "artificial intelligence", agencies: "[]", documentTypes: "[]" }]);

    const outcome = await run();
    expect(outcome).toMatchObject({ ok: true, since: "2026-10-31", fetched: 4, added: 4 });
    const [request] = api.requests;
    expect(request.searchParams.get("conditions[term]")).toBe("artificial intelligence");
    expect(request.searchParams.get("conditions[publication_date][gte]")).toBe("2026-10-31");
    expect(request.searchParams.getAll("conditions[type][]")).toEqual([]);
    expect(request.searchParams.getAll("fields[]")).toContain("html_url");
    // The proposed rule lacks the term; the 90-day-old rule is outside the window.
    expect(await inboxNumbers()).toEqual(["2026-90001", "2026-90002", "2026-90003", "2026-90004"]);
  });

  it("stores each candidate's document fields and suggests actions from agencies and terms", async () => {
    await run();
    const notice = await db.inboxCandidate.findUniqueOrThrow({ where: { documentNumber: "2026-90003" } });
    expect(notice).toMatchObject({
      title:
        "[Test fixture] Fixture request for information on revising the NIST artificial intelligence risk management framework",
      documentType: "Notice",
      publicationDate: "2026-11-22",
      htmlUrl: "https://fixtures.example.org/documents/2026-90003",
      pdfUrl: "https://fixtures.example.org/pdf/2026-90003.pdf",
      status: "new",
      eventId: null,
    });
    expect(JSON.parse(notice.agencies)).toEqual([
      { name: "Commerce Department", slug: "commerce-department" },
      {
        name: "National Institute of Standards and Technology",
        slug: "national-institute-of-standards-and-technology",
      },
    ]);
    // DOC leads I-2.1 (on the NIST AI RMF): a suggestion, nothing linked.
    expect(JSON.parse(notice.suggestedActionIds)).toContain("I-2.1");
    // BIS (Commerce) export rule: the export-control actions DOC leads.
    const rule = await db.inboxCandidate.findUniqueOrThrow({ where: { documentNumber: "2026-90002" } });
    expect(JSON.parse(rule.suggestedActionIds)).toEqual(expect.arrayContaining(["III-3.2", "III-4.1"]));
    expect(await db.eventAction.count({ where: { actionId: "I-2.1" } })).toBe(0);
    const meeting = await db.inboxCandidate.findUniqueOrThrow({ where: { documentNumber: "2026-90004" } });
    expect(meeting.abstract).toBeNull();
  });

  it("skips documents already on the timeline as seeded events (by their FR Doc identifier)", async () => {
    const seeded = await db.event.findMany({ where: { identifiers: { contains: "FR Doc " } }, select: { id: true } });
    expect(seeded.length).toBeGreaterThan(0); // content/events.json cites Federal Register documents
    const event = await db.event.create({
      data: {
        type: "final-rule",
        occurredOn: "2026-11-18",
        titleEn: "Already known",
        identifiers: '["FR Doc 2026-90002"]',
      },
    });
    try {
      expect(await run()).toMatchObject({ ok: true, fetched: 4, added: 3 });
      expect(await inboxNumbers()).not.toContain("2026-90002");
    } finally {
      await db.event.delete({ where: { id: event.id } });
    }
  });

  it("follows next_page_url until the last page", async () => {
    api.setPageSize(1);
    const outcome = await run();
    expect(outcome).toMatchObject({ ok: true, fetched: 4, added: 4 });
    expect(api.requests.map((url) => url.searchParams.get("page") ?? "1")).toEqual(["1", "2", "3", "4"]);
  });

  it("adds nothing on a second run, and starts it from the day of the last successful run", async () => {
    await run();
    const later = new Date("2026-12-01T06:00:00Z");
    expect(await watchStartDate(db, later)).toBe("2026-11-30");
    const second = await runFederalRegisterWatch(db, { trigger: "cli", apiUrl: api.url, now: later });
    expect(second).toMatchObject({ ok: true, since: "2026-11-30", added: 0 });
    // A run from the first day again (a document the API re-sends) still adds nothing.
    await db.watchRun.updateMany({ data: { since: "2026-10-31" } });
    await db.watchRun.deleteMany({ where: { id: second.runId } });
    expect((await run(new Date("2026-11-30T13:00:00Z"))).ok && (await db.inboxCandidate.count())).toBe(4);
  });

  it("asks for agencies and document types an admin's query names", async () => {
    await db.watchQuery.create({
      data: { agencies: '["federal-communications-commission"]', documentTypes: '["PRORULE"]', actionIds: '["I-1.4"]' },
    });
    await run();
    const request = api.requests.find((url) => url.searchParams.has("conditions[agencies][]"));
    expect(request?.searchParams.getAll("conditions[type][]")).toEqual(["PRORULE"]);
    expect(request?.searchParams.has("conditions[term]")).toBe(false);
    const proposed = await db.inboxCandidate.findUniqueOrThrow({ where: { documentNumber: "2026-90005" } });
    expect(JSON.parse(proposed.suggestedActionIds)).toEqual(["I-1.4"]);
  });
});

describe("a run that fails", () => {
  const failures = [
    ["network", /could not be reached/],
    ["timeout", /did not answer within 0.5 s/],
    ["not-found", /answered 404/],
    ["server-error", /answered 500/],
    ["rate-limited", /rate limiting us \(429\); retry after 60 s/],
    ["malformed-json", /malformed JSON/],
    ["wrong-shape", /unexpected shape at results\.0\.document_number/],
    ["second-page-fails", /answered 500/],
    ["foreign-next-page", /next page on another host \(elsewhere\.example\.org:\d+\)/],
  ] as const;

  it.each(failures)("%s: one line, nothing written, the last success's mark unchanged", async (mode, message) => {
    const first = await run();
    expect(first).toMatchObject({ ok: true });
    await db.inboxCandidate.deleteMany(); // as if those had never come: a failed run must not bring them
    // Documents published after the mark, two pages of them.
    api.setDocuments(fixtureDocuments(new Date("2026-12-25T12:00:00Z")));
    api.setPageSize(2);
    api.setFailure(mode);
    const later = new Date("2026-12-03T06:00:00Z");
    const markBefore = await watchStartDate(db, later);

    const outcome = await runFederalRegisterWatch(db, { trigger: "cli", apiUrl: api.url, now: later, timeoutMs: 500 });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.message).toMatch(message);
    expect(outcome.message).not.toContain("\n");
    expect(await db.inboxCandidate.count()).toBe(0);
    expect(await watchStartDate(db, later)).toBe(markBefore);
    const recorded = await db.watchRun.findUniqueOrThrow({ where: { id: outcome.runId } });
    expect(recorded).toMatchObject({ ok: false, added: 0, message: outcome.message });
  });
});
