import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { readIndex, readPlanBullets } from "@/tests/support/plan-bullets";

const indexed = readIndex();
const bullets = readPlanBullets();
const PER_SECTION: Record<string, number[]> = {
  I: [5, 3, 5, 4, 6, 2, 4, 5, 1, 3, 5, 6, 5, 1, 3],
  II: [7, 4, 2, 2, 6, 3, 2, 3],
  III: [1, 1, 2, 1, 4, 4, 3],
};
// Words by which a bullet names who leads it ("Led by OSTP", "led by NIST at DOC", "under the
// auspices of CAISI", "DOD-led", "should lead"). A bullet with none of them names no lead.
const LEAD_WORDS = /\b(led by|-led|lead|leads|auspices|managed by)\b/i;

describe("the plan's recommended actions in content/", () => {
  const content = loadContent();

  it("has all 103, in the index's order and numbering", () => {
    expect(indexed).toHaveLength(103);
    expect(content.actions.map((action) => action.id)).toEqual(indexed.map((entry) => entry.id));
  });

  it("has as many actions per section as the plan: pillar I 58, II 29, III 16", () => {
    for (const [pillar, counts] of Object.entries(PER_SECTION)) {
      counts.forEach((count, index) => {
        const measure = `${pillar}-${index + 1}`;
        expect(
          content.actions.filter((action) => action.measure === measure),
          measure,
        ).toHaveLength(count);
      });
    }
  });

  it("gives every action a title and summary in both languages, Korean in 한다체", () => {
    for (const action of content.actions) {
      for (const field of [action.titleEn, action.titleKo, action.summaryEn, action.summaryKo]) {
        expect(field.trim().length, action.id).toBeGreaterThan(0);
      }
      expect(action.titleKo, action.id).toMatch(/[가-힣]/);
      expect(action.summaryKo, action.id).not.toMatch(/니다[.]?(\s|$)/);
      expect(action.titleEn.length, action.id).toBeLessThanOrEqual(100);
    }
  });

  it("makes every agency an action names an entity, and has only agencies the bullets name", () => {
    const ids = new Set(content.agencies.map((agency) => agency.id));
    const linked = new Set(content.actions.flatMap((action) => [...action.leads, ...action.partners]));
    for (const id of linked) expect(ids.has(id), id).toBe(true);
    const parents = new Set(content.agencies.map((agency) => agency.parent).filter(Boolean));
    const allText = [...bullets.values()].join(" ");
    for (const agency of content.agencies) {
      // Linked to an action, the department of one that is, or at least named in a bullet's text.
      const named =
        allText.includes(agency.nameEn) || (agency.abbreviation !== null && allText.includes(agency.abbreviation));
      expect(linked.has(agency.id) || parents.has(agency.id) || named, agency.id).toBe(true);
    }
    for (const agency of content.agencies) expect(agency.nameKo, agency.id).toMatch(/[가-힣]/);
  });

  it("names no lead where the bullet's text names none", () => {
    const withoutLeadWords = content.actions.filter((action) => !LEAD_WORDS.test(bullets.get(action.id) ?? ""));
    expect(withoutLeadWords.length).toBeGreaterThan(20);
    for (const action of withoutLeadWords) expect(action.leads, action.id).toEqual([]);
  });

  it("leads with the departments the plan's examples name: OSTP for I-1.1, DOC through NIST for I-2.1", () => {
    const byId = new Map(content.actions.map((action) => [action.id, action]));
    expect(byId.get("I-1.1")?.leads).toEqual(["ostp"]);
    expect(byId.get("I-2.1")).toMatchObject({ leads: ["doc"], partners: expect.arrayContaining(["nist"]) });
    expect(byId.get("I-1.5")?.leads).toEqual([]);
  });
});
