/**
 * The brief as Markdown: rendered by the note renderer (lib/notes/markdown.tsx) into headings and
 * tables, the same text for the same period, and GET /exports/brief.md with its 422s and privacy.
 */
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as briefMd } from "@/app/exports/brief.md/route";
import { issueApiToken } from "@/lib/auth/api-tokens";
import type { Viewer } from "@/lib/auth/session";
import { composeBrief } from "@/lib/briefs/compose";
import { briefToMarkdown, escapeMarkdown } from "@/lib/briefs/markdown";
import { createNote } from "@/lib/data/notes";
import { db } from "@/lib/db";
import { todayIso } from "@/lib/deadlines/state";
import { parseNoteMarkdown } from "@/lib/notes/markdown";
import { createViewer } from "../../support/accounts";

const PLAN_WEEK = { from: "2025-07-21", to: "2025-07-27" };
const get = (path: string, token?: string) =>
  new Request(`http://localhost${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

let analyst: Viewer;

beforeAll(async () => {
  analyst = await createViewer("brief-md");
  await createNote(analyst, { measureId: "II-2" }, { body: "Grid | queue *matters*", visibility: "shared" });
});

describe("the brief as Markdown", () => {
  it("renders through the note renderer with the Korean headings, tables and a seeded event", async () => {
    const markdown = briefToMarkdown(await composeBrief({ period: PLAN_WEEK, locale: "ko", viewer: null }));
    // The note renderer's pipeline (GFM, sanitizer), without a note's markup budget: a brief is
    // longer than one note may be, and it is written by the app, not typed into a form.
    const html = renderToStaticMarkup(parseNoteMarkdown(markdown));
    expect(html).toContain("<h1>AI 행동 계획 브리프</h1>");
    for (const heading of ["요약", "축·조치별 변화", "섹터별 변화", "기한", "출처"])
      expect(html).toContain(`<h2>${heading}</h2>`);
    expect(html).toContain("<table>");
    expect(html).toContain("데이터센터 인프라에 대한 연방 인허가 가속화");
    expect(markdown).toContain("2025년 7월 21일 – 2025년 7월 27일");
  });

  it("is the same text for the same period", async () => {
    const once = briefToMarkdown(await composeBrief({ period: PLAN_WEEK, locale: "en", viewer: analyst }));
    const again = briefToMarkdown(await composeBrief({ period: PLAN_WEEK, locale: "en", viewer: analyst }));
    expect(again).toBe(once);
    expect(once).toContain("## By pillar and measure");
  });

  it("keeps a title's Markdown characters as text", () => {
    expect(escapeMarkdown("a | b *c* [d]")).toBe("a \\| b \\*c\\* \\[d\\]");
  });
});

describe("GET /exports/brief.md", () => {
  it("answers the public brief to a signed-out caller, with an ETag and a 304", async () => {
    const response = await briefMd(get("/exports/brief.md?from=2025-07-21&to=2025-07-27&lang=ko"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(await response.text()).toContain("# AI 행동 계획 브리프");
    const etag = response.headers.get("etag") ?? "";
    const again = await briefMd(
      new Request("http://localhost/exports/brief.md?from=2025-07-21&to=2025-07-27&lang=ko", {
        headers: { "If-None-Match": etag },
      }),
    );
    expect(again.status).toBe(304);
  });

  it("adds shared notes for a signed-in caller, privately", async () => {
    const { token } = await issueApiToken(db, analyst.id, "brief");
    const today = todayIso();
    const path = `/exports/brief.md?from=${today}&to=${today}`;
    const signedIn = await briefMd(get(path, token));
    expect(signedIn.headers.get("cache-control")).toBe("private, no-store");
    expect(await signedIn.text()).toContain("> Grid | queue *matters*");
    expect(await (await briefMd(get(path))).text()).not.toContain("Grid");
  });

  it("refuses a bad period with 422 and a message", async () => {
    for (const query of ["from=2025-07-27&to=2025-07-01", "from=2024-01-01&to=2025-06-30", "from=2025-13-01"]) {
      const response = await briefMd(get(`/exports/brief.md?${query}`));
      expect(response.status).toBe(422);
      expect((await response.json()).error).toMatch(/date|366/);
    }
    expect((await briefMd(get("/exports/brief.md?lang=fr"))).status).toBe(422);
  });
});
