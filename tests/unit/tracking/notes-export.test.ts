import { describe, expect, it } from "vitest";
import { GET as notesJson } from "@/app/exports/notes.json/route";
import { GET as notesMd } from "@/app/exports/notes.md/route";
import { issueApiToken } from "@/lib/auth/api-tokens";
import { db } from "@/lib/db";
import { createAnalyst } from "./helpers";

const get = (path: string, token?: string) =>
  new Request(`http://localhost${path}`, { headers: token ? { Authorization: `Bearer ${token}` } : {} });

describe("an analyst's notes export", () => {
  it("needs a signed-in analyst", async () => {
    expect((await notesMd(get("/exports/notes.md"))).status).toBe(401);
    expect((await notesJson(get("/exports/notes.json", "aap_not-a-token"))).status).toBe(401);
  });

  it("holds only the analyst's own live notes, Korean intact, as Markdown and JSON", async () => {
    const me = await createAnalyst("박 애널리스트");
    const other = await createAnalyst("Other");
    await db.note.create({
      data: { body: "전력망 확충이 **핵심**", visibility: "private", measureId: "II-2", authorId: me.id },
    });
    await db.note.create({
      data: { body: "Robotics view", visibility: "shared", sectorId: "robotics", authorId: me.id },
    });
    await db.note.create({ data: { body: "Gone", measureId: "I-1", authorId: me.id, deletedAt: new Date() } });
    await db.note.create({ data: { body: "Not mine", measureId: "I-1", authorId: other.id } });
    const { token } = await issueApiToken(db, me.id, "export");

    const markdown = await notesMd(get("/exports/notes.md", token));
    expect(markdown.headers.get("content-type")).toBe("text/markdown; charset=utf-8");
    expect(markdown.headers.get("cache-control")).toBe("private, no-store");
    const text = await markdown.text();
    expect(text).toMatch(/^# 박 애널리스트 — /);
    expect(text).toContain("## II-2 ");
    expect(text).toContain("전력망 확충이 **핵심**");
    expect(text).not.toContain("Gone");
    expect(text).not.toContain("Not mine");

    const json = await (await notesJson(get("/exports/notes.json", token))).json();
    expect(
      json.map((note: { body: string; measure: string | null; sector: string | null; visibility: string }) => [
        note.body,
        note.measure,
        note.sector,
        note.visibility,
      ]),
    ).toEqual([
      ["전력망 확충이 **핵심**", "II-2", null, "private"],
      ["Robotics view", null, "robotics", "shared"],
    ]);
  });
});
