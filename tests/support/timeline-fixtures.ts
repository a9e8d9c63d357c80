/**
 * For tests that renumber or drop recommended actions in a scratch content/: the seeded events,
 * deadlines and assessments name real action ids, so this copy links them by measure only.
 */
import fs from "node:fs";
import path from "node:path";

type Linked = { actions: string[]; measures: string[] | "all" };

const measureOf = (action: string) => action.replace(/\.\d+$/, "");

function linkByMeasure<T extends Linked>(item: T): T {
  if (item.measures === "all") return { ...item, actions: [] };
  return { ...item, actions: [], measures: [...new Set([...item.measures, ...item.actions.map(measureOf)])] };
}

export function withEventsLinkedByMeasure(dir: string): string {
  const rewrite = (file: string, edit: (items: Linked[]) => unknown) => {
    const target = path.join(dir, file);
    fs.writeFileSync(target, JSON.stringify(edit(JSON.parse(fs.readFileSync(target, "utf8")) as Linked[])));
  };
  rewrite("events.json", (items) => items.map(linkByMeasure));
  rewrite("deadlines.json", (items) => items.map(linkByMeasure));
  rewrite("assessments.json", () => []);
  return dir;
}
