import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONTENT_DIR, loadContent } from "@/lib/content/load";
import { contentWith, problemsOf } from "@/tests/support/content-copies";
import { makeTempDir } from "@/tests/support/test-database";

describe("content/ as committed", () => {
  const content = loadContent();

  it("has the plan's 3 pillars and 30 measures, 15 + 8 + 7, with ids I-1…III-7 in order", () => {
    expect(content.pillars.map((pillar) => pillar.id)).toEqual(["I", "II", "III"]);
    const ids = content.measures.map((measure) => measure.id);
    const expected = [
      ...Array.from({ length: 15 }, (_, i) => `I-${i + 1}`),
      ...Array.from({ length: 8 }, (_, i) => `II-${i + 1}`),
      ...Array.from({ length: 7 }, (_, i) => `III-${i + 1}`),
    ];
    expect([...ids].sort()).toEqual([...expected].sort());
    expect(new Set(content.measures.map((measure) => measure.slug)).size).toBe(30);
  });

  it("has the brief's seven sectors, near-term first, each linked from at least one measure", () => {
    expect(content.sectors.map((sector) => [sector.id, sector.horizon])).toEqual([
      ["infrastructure", "near-term"],
      ["power", "near-term"],
      ["robotics", "following"],
      ["drones", "following"],
      ["cybersecurity", "following"],
      ["bio", "following"],
      ["basic-science", "following"],
    ]);
    const linked = new Set(content.measures.flatMap((measure) => measure.sectors.map((link) => link.sector)));
    expect([...linked].sort()).toEqual(content.sectors.map((sector) => sector.id).sort());
  });

  it("links the measures whose text clearly benefits a sector", () => {
    const sectorsOf = (id: string) => content.measures.find((measure) => measure.id === id)?.sectors.map((link) => link.sector);
    expect(sectorsOf("I-6")).toEqual(expect.arrayContaining(["robotics", "drones"]));
    expect(sectorsOf("II-2")).toContain("power");
    expect(sectorsOf("III-7")).toContain("bio");
    expect(sectorsOf("I-7")).toContain("basic-science");
    expect(sectorsOf("I-8")).toContain("basic-science");
    // The brief's items name these: III-6 technology leaks and data poisoning, II-4 security
    // standards for the data centers, I-3 researchers' and startups' access to data centers.
    expect(sectorsOf("III-6")).toContain("cybersecurity");
    expect(sectorsOf("II-4")).toContain("cybersecurity");
    expect(sectorsOf("I-3")).toContain("infrastructure");
    // II-5's electricians maintain AI facilities (brief, pillar II item 5), not the grid.
    expect(sectorsOf("II-5")).toEqual(["infrastructure"]);
  });

  it("writes Korean in 한다체 with one term per concept", () => {
    const korean = [
      ...content.pillars.map((pillar) => pillar.summaryKo),
      ...content.sectors.map((sector) => sector.descriptionKo),
      ...content.keyPolicies.map((policy) => policy.summaryKo),
      ...content.measures.flatMap((measure) => [measure.summaryKo, ...measure.sectors.map((link) => link.rationaleKo)]),
    ];
    for (const text of korean) {
      expect(text).not.toMatch(/니다[.]?(\s|$)/);
      expect(text).not.toMatch(/국가 안보|수출 ?규제|수출 통제|반도체 (제조 )?공장|데이터 센터/);
    }
  });

  it("maps the four key policies and the three executive orders to their measures", () => {
    expect(content.keyPolicies.map((policy) => policy.measures)).toEqual([["III-1"], ["II-1", "II-5"], ["I-1"], ["I-2"]]);
    // The orders signed the day the plan was released (the plan's footnotes cite older ones too).
    const orders = content.sources.filter(
      (source) => source.kind === "executive-order" && source.publishedOn === "2025-07-23",
    );
    expect(orders.map((order) => [order.identifier, order.publishedOn, order.measures])).toEqual([
      ["EO 14318", "2025-07-23", ["II-1"]],
      ["EO 14319", "2025-07-23", ["I-2"]],
      ["EO 14320", "2025-07-23", ["III-1"]],
    ]);
  });

  it("gives the about page the brief's three purposes and its reading, citing the brief", () => {
    expect(content.about.purposes).toHaveLength(3);
    expect(content.sources.find((source) => source.id === content.about.source)?.kind).toBe("brief");
    for (const text of [content.about.introKo, content.about.thesisKo, ...content.about.purposes.map((p) => p.summaryKo)]) {
      expect(text).not.toMatch(/니다[.]?(\s|$)/);
    }
  });

  it("keeps every Korean string in NFC", () => {
    const korean = content.measures.flatMap((measure) => [measure.titleKo, measure.summaryKo]);
    for (const text of korean) expect(text).toBe(text.normalize("NFC"));
  });
});

type Json = Record<string, unknown> & { sectors: Record<string, unknown>[] };

describe("bad content is rejected with a message naming the file and field", () => {
  it("a missing field", () => {
    const dir = contentWith("measures/II-03.json", (data) => ({ ...(data as Json), summaryKo: undefined }));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/^content\/measures\/II-03\.json: summaryKo: /));
  });

  it("an empty Korean title", () => {
    const dir = contentWith("measures/I-01.json", (data) => ({ ...(data as Json), titleKo: "   " }));
    expect(problemsOf(dir)).toContain("content/measures/I-01.json: titleKo: must not be empty");
  });

  it("an unknown sector", () => {
    const dir = contentWith("measures/I-06.json", (data) => {
      const measure = data as Json;
      return { ...measure, sectors: [{ ...measure.sectors[0], sector: "robotix" }] };
    });
    expect(problemsOf(dir)).toContain('content/measures/I-06.json: sectors[0].sector: unknown sector "robotix"');
  });

  it("a duplicate id", () => {
    const dir = contentWith("measures/I-02.json", (data) => ({ ...(data as Json), id: "I-1", position: 1 }));
    expect(problemsOf(dir)).toContain('content/measures: id "I-1" is used by more than one file');
  });

  it("a broken link from a key policy", () => {
    const dir = contentWith("key-policies.json", (data) =>
      (data as Json[]).map((policy, index) => (index === 0 ? { ...policy, measures: ["III-9"] } : policy)),
    );
    expect(problemsOf(dir)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^content\/key-policies\.json: \[0\]\.measures\[0\]: /)]),
    );
  });

  it("an unknown field (a typo)", () => {
    const dir = contentWith("sectors.json", (data) => (data as Json[]).map((sector) => ({ ...sector, horizn: "x" })));
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/^content\/sectors\.json: \[0\]: .*horizn/));
  });

  it("an about page stating two purposes", () => {
    const dir = contentWith("about.json", (data) => {
      const about = data as Record<string, unknown> & { purposes: unknown[] };
      return { ...about, purposes: about.purposes.slice(0, 2) };
    });
    expect(problemsOf(dir)).toContain("content/about.json: purposes: the brief states three purposes");
  });

  it("an about page citing a source sources.json does not have", () => {
    const dir = contentWith("about.json", (data) => ({ ...(data as Json), source: "no-such-brief" }));
    expect(problemsOf(dir)).toContain('content/about.json: source: unknown source document "no-such-brief"');
  });

  it("invalid JSON", () => {
    const dir = makeTempDir("content-");
    fs.cpSync(CONTENT_DIR, dir, { recursive: true });
    fs.writeFileSync(path.join(dir, "pillars.json"), "[{");
    expect(problemsOf(dir)).toContainEqual(expect.stringMatching(/^content\/pillars\.json: /));
  });
});
