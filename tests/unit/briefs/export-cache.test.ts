/**
 * The brief exports keep each rendering by the brief's content: asked again they answer the same
 * bytes, and they never answer a rendering of data that has since changed.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { GET as briefMd } from "@/app/exports/brief.md/route";
import { GET as briefPdf } from "@/app/exports/brief.pdf/route";
import { issueApiToken } from "@/lib/auth/api-tokens";
import type { Viewer } from "@/lib/auth/session";
import { createNote } from "@/lib/data/notes";
import { db } from "@/lib/db";
import { todayIso } from "@/lib/deadlines/state";
import { createViewer } from "../../support/accounts";

const get = (path: string, token?: string) =>
  new Request(`http://localhost${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

let analyst: Viewer;
beforeAll(async () => {
  analyst = await createViewer("brief-cache");
});

describe("the brief exports' kept renderings", () => {
  it("answer the same PDF bytes for the same period, asked twice or at once", async () => {
    const path = "/exports/brief.pdf?from=2025-07-01&to=2025-12-31&lang=ko";
    const [first, second] = await Promise.all([briefPdf(get(path)), briefPdf(get(path))]);
    const third = await briefPdf(get(path));
    const bytes = Buffer.from(await first.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(Buffer.from(await second.arrayBuffer()).equals(bytes)).toBe(true);
    expect(Buffer.from(await third.arrayBuffer()).equals(bytes)).toBe(true);
  });

  it("never answer an earlier rendering once the brief's data has changed", async () => {
    const today = todayIso();
    const { token } = await issueApiToken(db, analyst.id, "brief-cache");
    const path = `/exports/brief.md?from=${today}&to=${today}&lang=en`;
    const before = await (await briefMd(get(path, token))).text();
    expect(before).not.toContain("Kept-rendering check");
    await createNote(analyst, { measureId: "I-3" }, { body: "Kept-rendering check", visibility: "shared" });
    expect(await (await briefMd(get(path, token))).text()).toContain("Kept-rendering check");
    // A signed-out reader's brief of the same period is another rendering, without the note.
    expect(await (await briefMd(get(path))).text()).not.toContain("Kept-rendering check");
  });
});
