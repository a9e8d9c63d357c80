import { beforeAll, describe, expect, it } from "vitest";
import { GET as getAction } from "@/app/api/actions/[id]/route";
import { GET as getActions } from "@/app/api/actions/route";
import { GET as getAgency } from "@/app/api/agencies/[id]/route";
import { GET as getAgencies } from "@/app/api/agencies/route";
import { GET as getMeasure } from "@/app/api/measures/[slug]/route";
import { GET as exportCsv } from "@/app/exports/actions.csv/route";
import { recordActionStatusChange } from "@/lib/data/action-status";
import { createEvent } from "@/lib/data/events";
import { getCurrentStatus } from "@/lib/data/status";
import { db } from "@/lib/db";
import { parseCsv } from "@/tests/support/csv";
import { createAnalyst } from "../tracking/helpers";

const get = (path: string, headers: HeadersInit = {}) => new Request(`http://localhost${path}`, { headers });
const byId = (id: string) => ({ params: Promise.resolve({ id }) });
const source = ["https://www.whitehouse.gov/presidential-actions/"];
type ApiAction = { id: string; measure: string; leads: string[]; status: { status: string; verified: boolean } };

async function list(query: string) {
  const response = await getActions(get(`/api/actions${query}`));
  return { response, body: (await response.json()) as { data: ApiAction[]; page: { next: string | null } } };
}

// The seeded history (editors' assessments, events) reaches many actions; measure III-5's four have
// none, so these tests record their own changes there and assert exactly what they change.
type LeadCounts = { counts: Record<string, number> };
let dosBefore: LeadCounts;
const dosLeadCounts = async (): Promise<LeadCounts> =>
  (await (await getAgency(get("/api/agencies/dos"), byId("dos"))).json()).data.leadCounts;

beforeAll(async () => {
  dosBefore = await dosLeadCounts();
  const analyst = await createAnalyst("Park");
  await recordActionStatusChange(analyst.id, {
    actionId: "III-5.1",
    status: "in-progress",
    verified: true,
    reason: "RFI published.",
    sourceUrls: source,
  });
  await recordActionStatusChange(analyst.id, {
    actionId: "III-5.2",
    status: "implemented",
    verified: false,
    reason: "Rules repealed.",
    sourceUrls: source,
  });
  await createEvent(analyst.id, {
    type: "rfi",
    occurredOn: "2025-09-26",
    titleEn: "Commerce asks allies about complementary controls",
    sourceUrl: "https://www.federalregister.gov/",
    measureIds: [],
    actionIds: ["III-5.1"],
  });
});

describe("GET /api/actions", () => {
  it("lists all 103 in plan order, 50 a page, with a cursor and a Link header to the next page", async () => {
    const first = await list("");
    expect(first.response.status).toBe(200);
    expect(first.body.data).toHaveLength(50);
    expect(first.body.data[0]).toMatchObject({ id: "I-1.1", measure: "I-1", leads: ["ostp"] });
    expect(first.response.headers.get("Link")).toContain(`cursor=${first.body.page.next}`);
    const ids = first.body.data.map((action) => action.id);
    let next = first.body.page.next;
    while (next) {
      const page = await list(`?cursor=${next}`);
      ids.push(...page.body.data.map((action) => action.id));
      next = page.body.page.next;
    }
    expect(ids).toHaveLength(103);
    expect(new Set(ids).size).toBe(103);
    expect(ids.at(-1)).toBe("III-7.3");
  });

  it("filters like the tracker: measure, agency, status, verified, no lead named", async () => {
    expect((await list("?measure=I-1")).body.data.map((a) => a.id)).toEqual([
      "I-1.1",
      "I-1.2",
      "I-1.3",
      "I-1.4",
      "I-1.5",
    ]);
    const doc = (await list("?agency=doc&limit=200")).body.data;
    expect(doc.length).toBeGreaterThan(10);
    const inProgress = (await list("?status=in-progress&limit=200")).body.data;
    expect(inProgress.map((a) => a.id)).toContain("III-5.1");
    expect(inProgress.map((a) => a.id)).not.toContain("III-5.2");
    expect(inProgress.every((a) => a.status.status === "in-progress")).toBe(true);
    const claimed = (await list("?verified=claimed&limit=200")).body.data;
    expect(claimed.map((a) => a.id)).toContain("III-5.2");
    expect(claimed.map((a) => a.id)).not.toContain("III-5.1");
    expect(claimed.every((a) => a.status.verified === false)).toBe(true);
    expect((await list("?measure=III-5&status=in-progress")).body.data.map((a) => a.id)).toEqual(["III-5.1"]);
    const noLead = (await list("?noLead=1&limit=200")).body.data;
    expect(noLead.length).toBeGreaterThan(20);
    expect(noLead.every((action) => action.leads.length === 0)).toBe(true);
  });

  it("answers 422 naming the field for a bad filter or cursor, never 500", async () => {
    for (const query of ["?status=done", "?pillar=IV", "?limit=0", "?cursor=bogus", "?agency=DROP%20TABLE"]) {
      const { response, body } = await list(query);
      expect(response.status, query).toBe(422);
      expect(Object.keys((body as unknown as { fieldErrors: object }).fieldErrors).length, query).toBe(1);
    }
  });

  it("sends an ETag and answers 304 when nothing changed", async () => {
    const { response } = await list("?measure=I-2");
    const etag = response.headers.get("ETag");
    expect(etag).toBeTruthy();
    const again = await getActions(get("/api/actions?measure=I-2", { "If-None-Match": etag as string }));
    expect(again.status).toBe(304);
  });
});

describe("GET /api/actions/{id}, /api/agencies, /api/measures/{slug}", () => {
  it("gives one action, also asked as iii-5.1, with its history and events; 404 for an unknown one", async () => {
    const { data } = await (await getAction(get("/api/actions/iii-5.1"), byId("iii-5.1"))).json();
    expect(data).toMatchObject({
      id: "III-5.1",
      measure: "III-5",
      leads: ["doc", "dos"],
      status: { status: "in-progress", verified: true },
    });
    expect(data.statusHistory).toHaveLength(1);
    expect(data.events.map((event: { titleEn: string }) => event.titleEn)).toEqual([
      "Commerce asks allies about complementary controls",
    ]);
    expect((await getAction(get("/api/actions/I-1.9"), byId("I-1.9"))).status).toBe(404);
    expect((await getAction(get("/api/actions/x"), byId("x"))).status).toBe(422);
  });

  it("lists agencies with what they lead, and gives one with its actions and counts", async () => {
    const { data } = await (await getAgencies(get("/api/agencies"))).json();
    expect(data.find((agency: { id: string }) => agency.id === "nist")).toMatchObject({
      parent: "doc",
      nameKo: expect.any(String),
    });
    const ostp = (await (await getAgency(get("/api/agencies/ostp"), byId("ostp"))).json()).data;
    expect(ostp.leads.map((action: ApiAction) => action.id)).toContain("I-1.1");
    // DOS leads III-5.1 and III-5.2: one more in progress, one more implemented, two fewer not started.
    const dos = await dosLeadCounts();
    expect(dos.counts["in-progress"]).toBe(dosBefore.counts["in-progress"] + 1);
    expect(dos.counts.implemented).toBe(dosBefore.counts.implemented + 1);
    expect(dos.counts["not-started"]).toBe(dosBefore.counts["not-started"] - 2);
    expect((await getAgency(get("/api/agencies/nobody"), byId("nobody"))).status).toBe(404);
  });

  it("lists a measure's actions and derives its status from them, saying how", async () => {
    const measure = await db.measure.findUniqueOrThrow({ where: { id: "III-5" }, select: { slug: true } });
    const { data } = await (
      await getMeasure(get(`/api/measures/${measure.slug}`), { params: Promise.resolve({ slug: measure.slug }) })
    ).json();
    expect(data.actions.map((action: { id: string }) => action.id)).toEqual([
      "III-5.1",
      "III-5.2",
      "III-5.3",
      "III-5.4",
    ]);
    expect(data.status).toMatchObject({
      status: "partially-implemented",
      verified: false,
      basis: "actions",
      actionTotal: 4,
      actionCounts: { "not-started": 2, "in-progress": 1, "partially-implemented": 0, implemented: 1 },
    });
    expect((await getCurrentStatus("I-2")).basis).toBe("actions");
  });

  it("links an event chosen for an action to the action's measure too", async () => {
    const event = await db.event.findFirstOrThrow({
      where: { titleEn: "Commerce asks allies about complementary controls" },
      select: { measures: true, actions: true },
    });
    expect(event.actions.map((link) => link.actionId)).toEqual(["III-5.1"]);
    expect(event.measures.map((link) => link.measureId)).toEqual(["III-5"]);
  });
});

describe("/exports/actions.csv", () => {
  it("has one row per action with leads, status and last event, taking the tracker's filters", async () => {
    const rows = parseCsv(await (await exportCsv(get("/exports/actions.csv?measure=III-5"))).text());
    expect(rows.map((row) => row.id)).toEqual(["III-5.1", "III-5.2", "III-5.3", "III-5.4"]);
    expect(rows[0]).toMatchObject({
      leads: "DOC; DOS",
      status: "in-progress",
      verified: "true",
      last_event_date: "2025-09-26",
    });
  });
});
