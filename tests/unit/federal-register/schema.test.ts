import { describe, expect, it } from "vitest";
import { watchQuerySchema } from "@/lib/validations/watch";

describe("a watch query", () => {
  const form = {
    term: "  ",
    agencies: "federal-communications-commission, Commerce-Department\nfederal-communications-commission",
    documentTypes: ["PRORULE", "PRORULE"],
    actionIds: "I-1.4 I-2.1",
  };

  it("reads the form's lists, and reads its own output the same way again", () => {
    const parsed = watchQuerySchema.parse(form);
    expect(parsed).toEqual({
      term: null,
      agencies: ["federal-communications-commission", "commerce-department"],
      documentTypes: ["PRORULE"],
      actionIds: ["I-1.4", "I-2.1"],
    });
    expect(watchQuerySchema.parse(parsed)).toEqual(parsed);
  });

  it.each([
    [{ ...form, agencies: "" }, "term", "Give a term or at least one agency"],
    [{ ...form, agencies: "commerce_department" }, "agencies", "Write agency slugs like"],
    [{ ...form, documentTypes: ["RULES"] }, "documentTypes", "Choose known document types."],
    [{ ...form, actionIds: "I-2" }, "actionIds", 'Name an action like "II-3.2".'],
    [{ ...form, term: "x".repeat(201) }, "term", "Keep the term under 200 characters."],
  ])("refuses %o on %s", (input, field, message) => {
    const result = watchQuerySchema.safeParse(input);
    expect(result.success).toBe(false);
    const issue = result.error?.issues.find((entry) => entry.path[0] === field);
    expect(issue?.message).toContain(message);
  });
});

describe("accepting a candidate", () => {
  it("reads its own output the same way again (the action parses, then the data layer)", async () => {
    const { acceptCandidateSchema } = await import("@/lib/validations/watch");
    const parsed = acceptCandidateSchema.parse({
      candidateId: "c1",
      type: "rfi",
      occurredOn: "2026-11-22",
      titleEn: " A title ",
      titleKo: "",
      summaryEn: "",
      summaryKo: "",
      actionIds: ["I-2.1", "I-2.1"],
    });
    expect(parsed).toMatchObject({ titleEn: "A title", titleKo: null, summaryKo: null, actionIds: ["I-2.1"] });
    expect(acceptCandidateSchema.parse(parsed)).toEqual(parsed);
  });
});
