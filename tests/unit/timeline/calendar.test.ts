import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { GET as calendar } from "@/app/calendar.ics/route";
import { GET as measureFeed } from "@/app/feeds/measures/[file]/route";
import { buildDeadlineCalendar, deadlineUid } from "@/lib/calendar/deadlines-ics";

function eventsOf(text: string) {
  const root = new ICAL.Component(ICAL.parse(text));
  return { root, events: root.getAllSubcomponents("vevent").map((component) => new ICAL.Event(component)) };
}

const measureFile = (file: string) =>
  measureFeed(new Request(`http://localhost/feeds/measures/${file}`), { params: Promise.resolve({ file }) });

describe("/calendar.ics", () => {
  it("parses back as an RFC 5545 calendar with one all-day event per deadline", async () => {
    const response = await calendar(new Request("http://localhost/calendar.ics"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const text = await response.text();
    expect(text.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    const { root, events } = eventsOf(text);
    expect(root.getFirstPropertyValue("version")).toBe("2.0");
    expect(root.getFirstPropertyValue("prodid")).toBeTruthy();
    expect(events).toHaveLength(17);
    const d3 = events.find((event) => event.uid === deadlineUid("D3"));
    expect(d3?.startDate.isDate).toBe(true);
    expect(d3?.startDate.toString()).toBe("2025-11-20");
    expect(d3?.endDate.toString()).toBe("2025-11-21");
    expect(d3?.summary).toMatch(/^D3 due: EO 14319 — met late \(2025-12-11, 21 days late\)$/);
    // Every VEVENT carries the properties RFC 5545 requires.
    for (const component of root.getAllSubcomponents("vevent")) {
      expect(component.getFirstPropertyValue("uid")).toBeTruthy();
      expect(component.getFirstPropertyValue("dtstamp")).toBeTruthy();
    }
  });

  it("keeps every UID and the whole body stable between two reads on the same day", async () => {
    const first = await (await calendar(new Request("http://localhost/calendar.ics"))).text();
    const second = await calendar(new Request("http://localhost/calendar.ics"));
    expect(await second.text()).toBe(first);
    const uids = eventsOf(first).events.map((event) => event.uid);
    expect(new Set(uids).size).toBe(17);
    expect(uids).toContain("deadline-d17@ai-action-plan-tracker");
  });

  it("answers a conditional request with 304", async () => {
    const etag = (await calendar(new Request("http://localhost/calendar.ics"))).headers.get("etag") ?? "";
    const again = await calendar(new Request("http://localhost/calendar.ics", { headers: { "if-none-match": etag } }));
    expect(again.status).toBe(304);
  });
});

describe("/feeds/measures/{slug}.ics", () => {
  it("holds only that measure's deadlines", async () => {
    const { getMeasureFeedTarget } = await import("@/lib/data/feeds");
    const { db } = await import("@/lib/db");
    const measure = await db.measure.findUniqueOrThrow({ where: { id: "I-7" }, select: { slug: true } });
    expect(await getMeasureFeedTarget(measure.slug)).not.toBeNull();
    const response = await measureFile(`${measure.slug}.ics`);
    expect(response.status).toBe(200);
    const uids = eventsOf(await response.text()).events.map((event) => event.uid);
    expect(uids).toEqual(["D6", "D7", "D8", "D9", "D10"].map(deadlineUid));
  });

  it("is a 404 for a measure that does not exist", async () => {
    expect((await measureFile("no-such-measure.ics")).status).toBe(404);
  });
});

describe("buildDeadlineCalendar", () => {
  it("escapes text so that commas, semicolons and newlines survive the round trip", () => {
    const text = buildDeadlineCalendar({
      name: "test",
      origin: "https://tracker.example",
      now: new Date("2026-12-02T00:00:00Z"),
      deadlines: [
        {
          id: "D1",
          instrument: "EO 14179 §4",
          provisionEn: "Draw up, submit; report\nagain",
          provisionKo: "마련한다",
          dueOn: "2025-07-22",
          state: { state: "overdue", dueOn: "2025-07-22", daysOverdue: 3 },
          measures: [{ id: "I-1", slug: "red-tape" }],
        },
      ],
    });
    const [event] = eventsOf(text).events;
    expect(event.description).toBe("Draw up, submit; report\nagain\n\n마련한다\n\nMeasures: I-1");
    expect(event.component.getFirstPropertyValue("url")).toBe("https://tracker.example/en/measures/red-tape");
  });
});
