import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { contentWithFixtureActions } from "@/tests/support/action-fixtures";
import { problemsOf } from "@/tests/support/content-copies";

describe("loading content/actions and content/agencies.json", () => {
  it("loads each action with its measure, position, leads and partners", () => {
    const content = loadContent(contentWithFixtureActions());
    expect(content.actions.map((action) => action.id)).toEqual([
      "I-1.1",
      "I-1.2",
      "I-1.3",
      "I-1.4",
      "I-1.5",
      "I-2.1",
      "I-2.2",
      "I-2.3",
    ]);
    const revise = content.actions.find((action) => action.id === "I-2.1");
    expect(revise).toMatchObject({ measure: "I-2", position: 1, leads: ["doc"], partners: ["nist"] });
    expect(content.agencies.find((agency) => agency.id === "caisi")?.parent).toBe("nist");
  });

  it("loads as no actions and no agencies when neither exists yet", () => {
    const dir = contentWithFixtureActions();
    fs.rmSync(path.join(dir, "actions"), { recursive: true });
    fs.rmSync(path.join(dir, "agencies.json"));
    const content = loadContent(dir);
    expect(content.actions).toEqual([]);
    expect(content.agencies).toEqual([]);
  });

  it("names the file and field of an unknown agency, a misnumbered id and an unknown source", () => {
    const dir = contentWithFixtureActions((files) => {
      files["I-01.json"].actions[0].leads = ["osstp"];
      files["I-01.json"].actions[2].id = "I-1.7";
      files["I-02.json"].actions[1].sources = ["eo-99999"];
    });
    expect(problemsOf(dir)).toEqual(
      expect.arrayContaining([
        'content/actions/I-01.json: actions[0].leads[0]: unknown agency "osstp" (add it to content/agencies.json)',
        'content/actions/I-01.json: actions[2].id: "I-1.7" should be "I-1.3" (measure id, then its position)',
        'content/actions/I-02.json: actions[1].sources[0]: unknown source document "eo-99999"',
      ]),
    );
  });

  it("refuses an agency both leading and partnering, an unknown field and a missing Korean title", () => {
    const dir = contentWithFixtureActions((files) => {
      files["I-01.json"].actions[1].partners = ["omb"];
      Object.assign(files["I-02.json"].actions[1], { lead: ["doc"] });
      files["I-02.json"].actions[2].titleKo = " ";
    });
    const problems = problemsOf(dir);
    expect(problems).toContain('content/actions/I-01.json: actions[1].partners: "omb" is already a lead');
    expect(
      problems.some(
        (problem) => problem.startsWith("content/actions/I-02.json: actions[1]") && problem.includes('"lead"'),
      ),
    ).toBe(true);
    expect(problems).toContain("content/actions/I-02.json: actions[2].titleKo: must not be empty");
  });

  it("refuses a file named for another measure and an agency whose parent is unknown", () => {
    const dir = contentWithFixtureActions();
    fs.renameSync(path.join(dir, "actions", "I-02.json"), path.join(dir, "actions", "I-03.json"));
    const agencies = JSON.parse(fs.readFileSync(path.join(dir, "agencies.json"), "utf8"));
    agencies[1].parent = "commerce";
    fs.writeFileSync(path.join(dir, "agencies.json"), JSON.stringify(agencies));
    expect(problemsOf(dir)).toEqual(
      expect.arrayContaining([
        'content/actions/I-03.json: measure: "I-2" belongs in I-02.json',
        'content/agencies.json: [1].parent: unknown agency "commerce"',
      ]),
    );
  });
});
