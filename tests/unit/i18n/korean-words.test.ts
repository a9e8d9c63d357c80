import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";

function strings(tree: unknown, prefix = ""): [string, string][] {
  if (typeof tree === "string") return [[prefix, tree]];
  return Object.entries(tree as Record<string, unknown>).flatMap(([key, value]) =>
    strings(value, prefix ? `${prefix}.${key}` : key),
  );
}

// One Korean word per concept (docs/dates-and-words.md): 노트 for notes, 동향 for timeline events.
const RETIRED = [
  { word: "메모", use: "노트" },
  { word: "사건", use: "동향" },
  { word: "이벤트", use: "동향" },
];

describe("Korean UI words", () => {
  it("never call a note 메모 or an event 사건 or 이벤트", () => {
    const found = strings(ko).flatMap(([key, text]) =>
      RETIRED.filter(({ word }) => text.includes(word)).map(({ word, use }) => `${key}: ${word} → ${use}`),
    );
    expect(found).toEqual([]);
  });

  it("name the brief's publisher in Korean on Korean pages", () => {
    expect(strings(ko).filter(([, text]) => /Kiwoom/i.test(text))).toEqual([]);
    expect(JSON.stringify(ko)).toContain("키움증권 리서치센터");
  });

  it("keep environment-variable names out of UI copy in both languages", () => {
    const envName = /\b[A-Z][A-Z0-9]*_[A-Z0-9_]+\b/;
    expect([...strings(ko), ...strings(en)].filter(([, text]) => envName.test(text))).toEqual([]);
  });

  it("write UI sentences in 합니다체, and call a recommended action 권고 과제", () => {
    // A sentence ending in 한다체 (…다. but not …니다.) where the UI addresses the reader.
    const plainStyle = /[가-힣](?<!니)다(?=[.)\s]|$)/;
    expect(strings(ko).filter(([, text]) => plainStyle.test(text))).toEqual([]);
    expect(strings(ko).filter(([, text]) => text.includes("권고 조치"))).toEqual([]);
  });

  it("number pillars one way: 제N축, never a Roman numeral before 축", () => {
    expect(strings(ko).filter(([, text]) => /[IVX]+\s*축|축\s*[IVX]+\b/.test(text))).toEqual([]);
  });
});

describe("Korean editorial content", () => {
  // content/events.json and content/actions/ belong to the timeline and actions work; checked there.
  const files = ["pillars.json", "sectors.json", "key-policies.json", "sources.json"]
    .map((name) => path.join("content", name))
    .concat(fs.readdirSync("content/measures").map((name) => path.join("content/measures", name)));

  it("is written in 한다체: no sentence ends in 합니다체", () => {
    const files = fs
      .readdirSync("content", { recursive: true, encoding: "utf8" })
      .filter((name) => name.endsWith(".json"));
    const found = files.filter((name) => /니다(?=[.)\s"]|$)/.test(fs.readFileSync(path.join("content", name), "utf8")));
    expect(found).toEqual([]);
  });

  it("uses 노트 and 동향 too", () => {
    const found = files.flatMap((file) => {
      const text = fs.readFileSync(file, "utf8");
      return RETIRED.filter(({ word }) => text.includes(word)).map(({ word }) => `${file}: ${word}`);
    });
    expect(found).toEqual([]);
  });
});
