/**
 * A small, real slice of the plan's recommended actions (I-1 and I-2, paraphrased from the plan's
 * bullets) for tests that must run before or apart from the full content in content/actions.
 */
import fs from "node:fs";
import path from "node:path";
import { CONTENT_DIR } from "@/lib/content/load";
import { makeTempDir } from "./test-database";

export const fixtureAgencies = [
  { id: "doc", abbreviation: "DOC", nameEn: "Department of Commerce", nameKo: "상무부", parent: null },
  {
    id: "nist",
    abbreviation: "NIST",
    nameEn: "National Institute of Standards and Technology",
    nameKo: "국립표준기술연구소",
    parent: "doc",
  },
  {
    id: "caisi",
    abbreviation: "CAISI",
    nameEn: "Center for AI Standards and Innovation",
    nameKo: "AI 표준혁신센터",
    parent: "nist",
  },
  {
    id: "ostp",
    abbreviation: "OSTP",
    nameEn: "Office of Science and Technology Policy",
    nameKo: "백악관 과학기술정책실",
    parent: null,
  },
  {
    id: "omb",
    abbreviation: "OMB",
    nameEn: "Office of Management and Budget",
    nameKo: "백악관 관리예산실",
    parent: null,
  },
  {
    id: "fcc",
    abbreviation: "FCC",
    nameEn: "Federal Communications Commission",
    nameKo: "연방통신위원회",
    parent: null,
  },
  { id: "ftc", abbreviation: "FTC", nameEn: "Federal Trade Commission", nameKo: "연방거래위원회", parent: null },
];

const action = (id: string, titleEn: string, titleKo: string, leads: string[], partners: string[] = []) => ({
  id,
  titleEn,
  titleKo,
  summaryEn: `${titleEn}, as the plan's bullet ${id} recommends.`,
  summaryKo: `계획의 ${id} 항목이 권고하는 대로 ${titleKo}.`,
  leads,
  partners,
  sources: [] as string[],
});

export const fixtureActionFiles = {
  "I-01.json": {
    measure: "I-1",
    actions: [
      action(
        "I-1.1",
        "Ask the public which federal rules hinder AI",
        "AI를 가로막는 연방 규제를 공개 의견으로 묻는다",
        ["ostp"],
      ),
      action("I-1.2", "Repeal rules that needlessly hinder AI", "AI를 불필요하게 막는 규제를 폐지한다", ["omb"]),
      action("I-1.3", "Weigh state AI rules in discretionary funding", "재량 예산 배분에서 주의 AI 규제를 고려한다", [
        "omb",
      ]),
      action(
        "I-1.4",
        "Check whether state AI rules conflict with FCC duties",
        "주의 AI 규제가 FCC 의무와 충돌하는지 검토한다",
        ["fcc"],
      ),
      action(
        "I-1.5",
        "Review FTC cases that may burden AI innovation",
        "AI 혁신에 부담을 주는 FTC 조사를 재검토한다",
        [],
      ),
    ],
  },
  "I-02.json": {
    measure: "I-2",
    actions: [
      action(
        "I-2.1",
        "Revise the NIST AI Risk Management Framework",
        "NIST AI 위험관리 프레임워크를 개정한다",
        ["doc"],
        ["nist"],
      ),
      action(
        "I-2.2",
        "Buy only from developers of objective frontier models",
        "객관적인 프런티어 모델 개발자와만 계약한다",
        [],
      ),
      action(
        "I-2.3",
        "Evaluate Chinese frontier models for alignment",
        "중국 프런티어 모델의 정렬을 평가한다",
        ["doc"],
        ["caisi"],
      ),
    ],
  },
};

/** A scratch copy of content/ whose actions and agencies are exactly the fixtures. */
export function contentWithFixtureActions(edit?: (files: typeof fixtureActionFiles) => void): string {
  const dir = makeTempDir("content-");
  fs.cpSync(CONTENT_DIR, dir, { recursive: true });
  fs.rmSync(path.join(dir, "actions"), { recursive: true, force: true });
  fs.mkdirSync(path.join(dir, "actions"));
  const files = structuredClone(fixtureActionFiles);
  edit?.(files);
  for (const [file, data] of Object.entries(files)) {
    fs.writeFileSync(path.join(dir, "actions", file), JSON.stringify(data));
  }
  fs.writeFileSync(path.join(dir, "agencies.json"), JSON.stringify(fixtureAgencies));
  return dir;
}
