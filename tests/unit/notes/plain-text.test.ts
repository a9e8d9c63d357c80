import { describe, expect, it } from "vitest";
import { markdownToPlainText } from "@/lib/notes/plain-text";

describe("markdownToPlainText", () => {
  it("turns a heading, emphasis and a table into one readable line", () => {
    const body = [
      "## 전력망 점검",
      "",
      "**데이터센터** 전력 수요가 _빠르게_ 늘어난다.",
      "",
      "| 지표 | 2025 | 2026 |",
      "| --- | --- | --- |",
      "| 점유율 | 45% | 48% |",
    ].join("\n");
    expect(markdownToPlainText(body)).toBe(
      "전력망 점검. 데이터센터 전력 수요가 빠르게 늘어난다. 지표 · 2025 · 2026; 점유율 · 45% · 48%.",
    );
  });

  it("keeps link text and code, drops link targets, list markers and raw HTML", () => {
    const body = "- See [the plan](https://example.com/plan) and `CHIPS`\n- <b>bold</b> second\n\n---\n\n> quoted";
    const text = markdownToPlainText(body);
    expect(text).toBe("See the plan and CHIPS bold second quoted");
    expect(text).not.toMatch(/https:|[*#|<>]/);
  });

  it("leaves plain text as it is", () => {
    expect(markdownToPlainText("Export controls tighten.")).toBe("Export controls tighten.");
  });
});
