/** The rules every input follows on the way in: well-formed NFC text, blank means blank, one name rule. */
import { describe, expect, it } from "vitest";
import { createUserSchema, renameSchema } from "@/lib/validations/auth";
import { noteInputSchema } from "@/lib/validations/notes";
import { actionStatusChangeSchema } from "@/lib/validations/status";
import { isBlankText, personName, toStoredText } from "@/lib/validations/text";

const isWellFormed = (text: string) => !/[\uD800-\uDFFF]/.test(text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ""));

describe("stored text", () => {
  it("turns lone surrogates into U+FFFD and composes to NFC; pairs stay", () => {
    const stored = toStoredText("a\ud800b\udc00c 😀 e\u0301");
    expect(isWellFormed(stored)).toBe(true);
    expect(stored).toBe("a\uFFFDb\uFFFDc 😀 é");
    const note = noteInputSchema.parse(JSON.parse('{"body":"memo \\ud800 here"}'));
    expect(isWellFormed(note.body)).toBe(true);
    expect(Buffer.from(note.body, "utf8").toString("utf8")).toBe(note.body);
  });

  it("counts zero-width characters and the BOM alone as blank, in notes and status reasons", () => {
    expect(isBlankText("\u200B\u200C\u200D\u2060\uFEFF \n")).toBe(true);
    expect(noteInputSchema.safeParse({ body: "\u200B\u200B\uFEFF" }).success).toBe(false);
    const reason = actionStatusChangeSchema.safeParse({
      actionId: "I-1.1",
      status: "in-progress",
      verified: false,
      reason: "\u200B\uFEFF",
      sourceUrls: ["https://example.gov/a"],
    });
    expect(reason.error?.issues[0].message).toBe("Give the reason for this change.");
  });
});

describe("the one name rule", () => {
  it("trims and normalises a good name, in every schema that sets one", () => {
    expect(personName.parse("  Jiwoo Kim\u200B ")).toBe("Jiwoo Kim");
    expect(renameSchema.parse({ name: "김지우" }).name).toBe("김지우");
    const created = createUserSchema.parse({
      email: "a@example.com",
      name: " Ana ",
      role: "analyst",
      password: "long-enough-password",
    });
    expect(created.name).toBe("Ana");
  });

  it.each([
    ["empty", ""],
    ["spaces and zero-width only", "  \u200B "],
    ["over 100 characters", "x".repeat(101)],
    ["200,000 characters", "x".repeat(200_000)],
    ["a control character", "Ana\u0007"],
    ["a newline inside", "Ana\nAdmin"],
    ["a right-to-left override", "Ana\u202Egnp.exe"],
    ["a bidi isolate", "\u2067Ana"],
    ["not a string", { first: "Ana" }],
  ])("refuses a name that is %s", (_case, name) => {
    expect(personName.safeParse(name).success).toBe(false);
    expect(renameSchema.safeParse({ name }).success).toBe(false);
  });
});
