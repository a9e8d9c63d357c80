import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countSearchFacets } from "@/lib/search/facets";
import type { SearchViewer as Viewer } from "@/lib/search/search";
import { type SearchRequest, searchDocuments } from "@/lib/search/search";

const base: SearchRequest = { q: "", limit: 50, offset: 0, locale: "ko" };
const search = (q: string, extra: Partial<SearchRequest> = {}, viewer: Viewer | null = null) =>
  searchDocuments({ ...base, q, ...extra }, viewer);
const ids = async (q: string, extra: Partial<SearchRequest> = {}, viewer: Viewer | null = null) =>
  (await search(q, extra, viewer)).results.map((result) => result.id);

let author: Viewer;
let other: Viewer;

beforeAll(async () => {
  author = { id: "user-author", role: "analyst" };
  other = { id: "user-other", role: "analyst" };
  for (const user of [author, other, { id: "user-admin", role: "admin" }]) {
    await db.user.create({ data: { id: user.id, name: user.id, email: `${user.id}@example.test`, role: user.role } });
  }
});

describe("Korean search", () => {
  it.each(["전력", "수출", "보안", "국방"])("finds measures by the 2-syllable word %s", async (word) => {
    const { results, total } = await search(word);
    expect(total).toBeGreaterThan(0);
    for (const result of results.filter((r) => r.type === "measure")) {
      const shown = result.snippet.filter((part) => part.match).map((part) => part.text);
      expect(shown.length === 0 || shown.includes(word)).toBe(true);
    }
  });

  it("finds a syllable pair inside a longer word (센터 in 데이터센터)", async () => {
    const both = await ids("데이터센터");
    const part = await ids("센터");
    expect(both.length).toBeGreaterThan(0);
    expect(part).toEqual(expect.arrayContaining(both));
  });

  it("matches 3+-syllable words and substrings, not words across a space", async () => {
    expect(await ids("반도체")).toContain("II-3");
    expect(await ids("이터센")).toEqual(await ids("데이터센터"));
    const [semiconductor] = (await search("반도체 재건")).results;
    expect(semiconductor.id).toBe("II-3");
  });

  it("normalises decomposed Hangul (NFD) to the same results as NFC", async () => {
    expect(await ids("반도체".normalize("NFD"))).toEqual(await ids("반도체"));
  });

  it("marks the matched Korean text in the snippet", async () => {
    const [first] = (await search("반도체")).results;
    expect(first.snippet.some((part) => part.match && part.text === "반도체")).toBe(true);
  });
});

describe("English and mixed-language search", () => {
  it("is case-insensitive and matches word prefixes", async () => {
    expect(await ids("SEMICONDUCTOR", { locale: "en" })).toEqual(await ids("semiconductor", { locale: "en" }));
    expect(await ids("semicond", { locale: "en" })).toContain("II-3");
  });

  it("finds 2-letter words such as AI", async () => {
    expect((await search("AI")).total).toBeGreaterThan(5);
  });

  it("combines an English and a Korean word across both languages' fields", async () => {
    const mixed = await ids("semiconductor 반도체");
    expect(mixed).toContain("II-3");
    expect(await ids("semiconductor 국방")).not.toContain("II-3");
  });

  it("jumps to a measure typed by its id", async () => {
    for (const typed of ["II-3", "ii3", "ii-3", " II 3 "]) {
      const response = await search(typed);
      expect(response.measureId).toBe("II-3");
      expect(response.results[0].id).toBe("II-3");
    }
  });
});

describe("filters and facets", () => {
  it("lists every measure for an empty query, and filters combine with it", async () => {
    expect((await search("")).total).toBe(30);
    const pillarTwo = await search("", { pillar: "II" });
    expect(pillarTwo.results.every((result) => result.pillar?.id === "II")).toBe(true);
    expect(pillarTwo.total).toBe(await db.measure.count({ where: { pillarId: "II" } }));
    const cyber = await search("", { sector: "cybersecurity" });
    expect(cyber.total).toBe(await db.measureSector.count({ where: { sectorId: "cybersecurity" } }));
  });

  it("counts each facet value as the number of results picking it would give", async () => {
    const facets = await countSearchFacets("", {}, null);
    expect([...facets.pillar.values()].reduce((a, b) => a + b, 0)).toBe(30);
    for (const [sector, count] of facets.sector) {
      expect((await search("", { sector })).total).toBe(count);
    }
    for (const [policy, count] of facets.policy) {
      expect((await search("", { policy })).total).toBe(count);
    }
    expect(facets.type.get("measure")).toBe(30);
    const filtered = await countSearchFacets("보안", { pillar: "II" }, null);
    expect(filtered.pillar.get("II")).toBe((await search("보안", { pillar: "II" })).total);
  });

  it("ignores filters that match nothing rather than failing", async () => {
    expect((await search("반도체", { sector: "no-such-sector" })).total).toBe(0);
  });
});

describe("notes: visibility and keeping the index in step", () => {
  it("shows shared notes to analysts, private ones to their author and admins, none to anonymous", async () => {
    const shared = await db.note.create({
      data: { body: "공유 메모 크립토그래피 shared zebrafish", authorId: author.id, measureId: "II-3" },
    });
    const secret = await db.note.create({
      data: { body: "비밀 메모 크립토그래피 private zebrafish", visibility: "private", authorId: author.id },
    });
    expect(await ids("zebrafish", {}, null)).toEqual([]);
    expect((await ids("zebrafish", {}, other)).sort()).toEqual([shared.id]);
    expect((await ids("zebrafish", {}, author)).sort()).toEqual([shared.id, secret.id].sort());
    expect((await ids("크립토", {}, { id: "user-admin", role: "admin" })).sort()).toEqual(
      [shared.id, secret.id].sort(),
    );
    expect((await countSearchFacets("zebrafish", {}, other)).type.get("note")).toBe(1);
    expect(await ids("zebrafish", { type: "measure" }, author)).toEqual([]);
    const [hit] = (await search("zebrafish", {}, other)).results;
    expect(hit).toMatchObject({
      type: "note",
      href: `/measures/restore-american-semiconductor-manufacturing#note-${shared.id}`,
      pillar: { id: "II" },
    });
  });

  it("follows updates, soft deletes, restores and deletes of notes", async () => {
    const note = await db.note.create({ data: { body: "양자컴퓨팅 딥러닝 quokka", authorId: author.id } });
    expect(await ids("quokka", {}, author)).toEqual([note.id]);
    expect(await ids("퓨팅", { type: "note" }, author)).toEqual([note.id]);
    expect(await ids("팅딥", { type: "note" }, author)).toEqual([]);
    await db.note.update({ where: { id: note.id }, data: { body: "양자 wombat" } });
    expect(await ids("quokka", {}, author)).toEqual([]);
    expect(await ids("wombat", {}, author)).toEqual([note.id]);
    await db.note.update({ where: { id: note.id }, data: { deletedAt: new Date() } });
    expect(await ids("wombat", {}, { id: "user-admin", role: "admin" })).toEqual([]);
    await db.note.update({ where: { id: note.id }, data: { deletedAt: null } });
    expect(await ids("wombat", {}, author)).toEqual([note.id]);
    await db.note.delete({ where: { id: note.id } });
    expect(await ids("wombat", {}, author)).toEqual([]);
  });

  it("follows edits to measures and their sectors", async () => {
    await db.measure.update({ where: { id: "I-1" }, data: { titleEn: "Remove red tape platypus" } });
    expect(await ids("platypus")).toEqual(["I-1"]);
    const before = await ids("사이버보안");
    const link = await db.measureSector.findFirstOrThrow({ where: { sectorId: "cybersecurity" } });
    await db.measureSector.delete({
      where: { measureId_sectorId: { measureId: link.measureId, sectorId: link.sectorId } },
    });
    expect((await search("", { sector: "cybersecurity" })).results.map((r) => r.id)).not.toContain(link.measureId);
    expect((await ids("사이버보안")).length).toBeLessThanOrEqual(before.length);
  });

  it("indexes events, with their measures' facets", async () => {
    const event = await db.event.create({
      data: {
        type: "report",
        occurredOn: "2025-09-01",
        titleEn: "Narwhal export report",
        titleKo: "일각고래 수출 보고서",
        sourceUrl: "https://example.test/r",
        measures: { create: [{ measureId: "III-1" }] },
      },
    });
    expect(await ids("narwhal")).toEqual([event.id]);
    expect(await ids("일각고래", { pillar: "III" })).toEqual([event.id]);
    expect(await ids("일각고래", { pillar: "I" })).toEqual([]);
    await db.event.delete({ where: { id: event.id } });
    expect(await ids("narwhal")).toEqual([]);
  });

  it("ranks measures first, then notes newest first, and pages through both without gaps", async () => {
    const created = [];
    for (const word of ["첫째", "둘째", "셋째"]) {
      created.push(await db.note.create({ data: { body: `반도체 메모 ${word}`, authorId: author.id } }));
    }
    const everything = await search("반도체", { type: undefined }, author);
    // The catalogue (measures, recommended actions and events, ranked together) before the notes.
    const catalogue = everything.results.filter((result) => result.type !== "note").map((result) => result.id);
    expect(everything.results.map((result) => result.id)).toEqual([
      ...catalogue,
      ...created.map((note) => note.id).reverse(),
    ]);
    const paged = [];
    for (let offset = 0; offset < everything.total; offset += 3) {
      paged.push(...(await search("반도체", { limit: 3, offset }, author)).results.map((result) => result.id));
    }
    expect(paged).toEqual(everything.results.map((result) => result.id));
    expect(everything.totalIsExact).toBe(true);
  });
});
