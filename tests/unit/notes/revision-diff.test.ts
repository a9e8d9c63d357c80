import { describe, expect, it } from "vitest";
import { diffRevisions } from "@/lib/notes/revision-diff";

describe("diffRevisions", () => {
  it("marks only the changed words inside a line edited in place", () => {
    const before = "## 전망\n점유율은 45% 수준이다.\n끝.";
    const after = "## 전망\n점유율은 48% 수준이다.\n끝.";
    const blocks = diffRevisions(before, after);
    expect(blocks.map((block) => block.kind)).toEqual(["same", "changed", "same"]);
    const changed = blocks[1];
    if (changed.kind !== "changed") throw new Error("expected a changed block");
    const removed = changed.words
      .filter((w) => w.change === "removed")
      .map((w) => w.text)
      .join("");
    const added = changed.words
      .filter((w) => w.change === "added")
      .map((w) => w.text)
      .join("");
    expect(removed).toContain("45");
    expect(added).toContain("48");
    // The words around the edit are kept as they are, not struck out and retyped.
    expect(
      changed.words
        .filter((w) => w.change === "same")
        .map((w) => w.text)
        .join(""),
    ).toContain("수준이다.");
    expect(removed).not.toContain("수준이다");
  });

  it("keeps wholly added and removed lines as lines", () => {
    const blocks = diffRevisions("a\nb\n", "a\n");
    expect(blocks).toMatchObject([
      { kind: "same", text: "a\n" },
      { kind: "removed", text: "b\n" },
    ]);
    expect(diffRevisions("a\n", "a\nc\n").at(-1)).toMatchObject({ kind: "added", text: "c\n" });
  });
});
