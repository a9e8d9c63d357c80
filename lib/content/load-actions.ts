/**
 * content/agencies.json and content/actions/*.json, checked against each other and the rest of
 * content/. Both are optional: without them the plan has no actions yet, and the seed still runs.
 */
import fs from "node:fs";
import path from "node:path";
import { findDuplicates, parseFile, parseList, type Problems } from "./parse";
import { type ActionContent, type AgencyContent, actionFileSchema, agencySchema } from "./schema";

/** "I-1" lives in I-01.json, like its measure file. */
export function measureFileStem(measureId: string): string {
  return measureId.replace(/-(\d)$/, "-0$1");
}

export function loadAgencies(dir: string, problems: Problems): AgencyContent[] {
  if (!fs.existsSync(path.join(dir, "agencies.json"))) return [];
  const agencies = parseList(dir, "agencies.json", agencySchema, problems);
  const ids = new Set(agencies.map((agency) => agency.id));
  for (const duplicate of findDuplicates(agencies.map((agency) => agency.id))) {
    problems.push(`content/agencies.json: id "${duplicate}" is used twice`);
  }
  const parentOf = new Map(agencies.map((agency) => [agency.id, agency.parent]));
  agencies.forEach((agency, index) => {
    if (agency.parent === null) return;
    if (!ids.has(agency.parent)) {
      problems.push(`content/agencies.json: [${index}].parent: unknown agency "${agency.parent}"`);
      return;
    }
    // Walking up must end at a department with no parent, never come back round.
    const seen = new Set([agency.id]);
    for (let at: string | null | undefined = agency.parent; at; at = parentOf.get(at)) {
      if (seen.has(at)) {
        problems.push(`content/agencies.json: [${index}].parent: "${agency.id}" is its own ancestor`);
        return;
      }
      seen.add(at);
    }
  });
  return agencies;
}

type Known = { measureIds: Set<string>; sourceIds: Set<string>; agencyIds: Set<string> };

function checkAction(file: string, measure: string, action: ActionContent, index: number, known: Known, problems: Problems) {
  const at = `content/actions/${file}: actions[${index}]`;
  if (action.id !== `${measure}.${index + 1}`) {
    problems.push(`${at}.id: "${action.id}" should be "${measure}.${index + 1}" (measure id, then its position)`);
  }
  for (const role of ["leads", "partners"] as const) {
    action[role].forEach((agency, agencyIndex) => {
      if (!known.agencyIds.has(agency)) {
        problems.push(`${at}.${role}[${agencyIndex}]: unknown agency "${agency}" (add it to content/agencies.json)`);
      }
    });
    for (const duplicate of findDuplicates(action[role])) problems.push(`${at}.${role}: "${duplicate}" is named twice`);
  }
  for (const both of action.leads.filter((agency) => action.partners.includes(agency))) {
    problems.push(`${at}.partners: "${both}" is already a lead`);
  }
  action.sources.forEach((source, sourceIndex) => {
    if (!known.sourceIds.has(source)) {
      problems.push(`${at}.sources[${sourceIndex}]: unknown source document "${source}"`);
    }
  });
  for (const duplicate of findDuplicates(action.sources)) problems.push(`${at}.sources: "${duplicate}" is cited twice`);
}

/** Every action, in file order then plan order, each with its measure and position. */
export function loadActions(dir: string, known: Known, problems: Problems): ActionContent[] {
  const folder = path.join(dir, "actions");
  if (!fs.existsSync(folder)) return [];
  const files = fs
    .readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort();
  const actions: ActionContent[] = [];
  const measuresSeen: string[] = [];
  for (const file of files) {
    const parsed = parseFile(dir, path.join("actions", file), actionFileSchema, problems);
    if (!parsed) continue;
    measuresSeen.push(parsed.measure);
    if (file !== `${measureFileStem(parsed.measure)}.json`) {
      problems.push(`content/actions/${file}: measure: "${parsed.measure}" belongs in ${measureFileStem(parsed.measure)}.json`);
    }
    if (!known.measureIds.has(parsed.measure)) {
      problems.push(`content/actions/${file}: measure: unknown measure "${parsed.measure}"`);
    }
    parsed.actions.forEach((action, index) => {
      const loaded = { ...action, measure: parsed.measure, position: index + 1 };
      checkAction(file, parsed.measure, loaded, index, known, problems);
      actions.push(loaded);
    });
  }
  for (const duplicate of findDuplicates(measuresSeen)) {
    problems.push(`content/actions: measure "${duplicate}" has more than one file`);
  }
  for (const duplicate of findDuplicates(actions.map((action) => action.id))) {
    problems.push(`content/actions: id "${duplicate}" is used twice`);
  }
  return actions;
}
