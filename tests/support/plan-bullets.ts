/**
 * The text of each of the plan's 103 recommended-action bullets, read from the plan's full text
 * (/work/shared/seeds) and numbered by the shared index (/work/shared/reference): each index line
 * gives a bullet's first words, found in the plan, and the bullet runs to the next "•".
 */
import fs from "node:fs";

const PLAN = "/work/shared/seeds/americas-ai-action-plan.en.txt";
const INDEX = "/work/shared/reference/plan-actions-index.md";

const squash = (text: string) => text.replace(/\s+/g, " ").trim();

export function readIndex(): { id: string; opening: string }[] {
  const index = fs.readFileSync(INDEX, "utf8");
  return [...index.matchAll(/^- ((?:I|II|III)-\d+\.\d+): (.*)$/gm)].map((match) => ({
    id: match[1],
    opening: match[2],
  }));
}

/** id → the bullet's text (with any footnotes or page furniture a page break put inside it). */
export function readPlanBullets(): Map<string, string> {
  const plan = squash(fs.readFileSync(PLAN, "utf8"));
  const bullets = new Map<string, string>();
  let from = 0;
  for (const { id, opening } of readIndex()) {
    const start = plan.indexOf(squash(opening).slice(0, 60), from);
    if (start < 0) throw new Error(`bullet ${id} not found in the plan`);
    const end = plan.indexOf("•", start);
    bullets.set(id, plan.slice(start, end < 0 ? undefined : end));
    from = start + 1;
  }
  return bullets;
}
