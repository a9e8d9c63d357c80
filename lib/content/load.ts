/**
 * Reads content/ and checks it file by file (shape) and as a whole (references, uniqueness,
 * the plan's 15 + 8 + 7 structure). Every problem is reported as `file: field: message`.
 */
import fs from "node:fs";
import path from "node:path";
import { loadActions, loadAgencies } from "./load-actions";
import { ContentError, findDuplicates, parseFile, parseList, type Problems } from "./parse";
import {
  aboutSchema,
  assessmentContentSchema,
  type DeadlineContent,
  deadlineContentSchema,
  eventContentSchema,
  keyPolicySchema,
  measureSchema,
  pillarSchema,
  sectorSchema,
  sourceDocumentSchema,
  type AboutContent,
  type EventContent,
  type MeasureContent,
  type PlanContent,
} from "./schema";

export const CONTENT_DIR = path.resolve("content");
export const MEASURES_PER_PILLAR = { I: 15, II: 8, III: 7 } as const;
export { ContentError };

function checkMeasures(measures: { file: string; measure: MeasureContent }[], sectorIds: Set<string>, problems: Problems) {
  for (const { file, measure } of measures) {
    const expectedFile = `${measure.id.replace(/-(\d)$/, "-0$1")}.json`;
    if (path.basename(file) !== expectedFile) {
      problems.push(`content/measures/${file}: id: "${measure.id}" belongs in ${expectedFile}`);
    }
    if (!measure.id.startsWith(`${measure.pillar}-`)) {
      problems.push(`content/measures/${file}: pillar: "${measure.pillar}" does not match id "${measure.id}"`);
    }
    if (measure.id !== `${measure.pillar}-${measure.position}`) {
      problems.push(`content/measures/${file}: position: ${measure.position} does not match id "${measure.id}"`);
    }
    measure.sectors.forEach((link, index) => {
      if (!sectorIds.has(link.sector)) {
        problems.push(`content/measures/${file}: sectors[${index}].sector: unknown sector "${link.sector}"`);
      }
    });
    for (const duplicate of findDuplicates(measure.sectors.map((link) => link.sector))) {
      problems.push(`content/measures/${file}: sectors: "${duplicate}" is linked twice`);
    }
  }
  for (const [pillar, expected] of Object.entries(MEASURES_PER_PILLAR)) {
    const count = measures.filter(({ measure }) => measure.pillar === pillar).length;
    if (count !== expected) problems.push(`content/measures: pillar ${pillar} has ${count} measures, expected ${expected}`);
  }
  for (const duplicate of findDuplicates(measures.map(({ measure }) => measure.id))) {
    problems.push(`content/measures: id "${duplicate}" is used by more than one file`);
  }
  for (const duplicate of findDuplicates(measures.map(({ measure }) => measure.slug))) {
    problems.push(`content/measures: slug "${duplicate}" is used by more than one measure`);
  }
  const linked = new Set(measures.flatMap(({ measure }) => measure.sectors.map((link) => link.sector)));
  for (const sector of sectorIds) {
    if (!linked.has(sector)) problems.push(`content/sectors.json: "${sector}" is not linked from any measure`);
  }
}

function checkReferences(file: string, items: { id: string; measures: string[] }[], measureIds: Set<string>, problems: Problems) {
  items.forEach((item, index) =>
    item.measures.forEach((measure, measureIndex) => {
      if (!measureIds.has(measure)) {
        problems.push(`content/${file}: [${index}].measures[${measureIndex}]: unknown measure "${measure}"`);
      }
    }),
  );
  for (const duplicate of findDuplicates(items.map((item) => item.id))) {
    problems.push(`content/${file}: id "${duplicate}" is used twice`);
  }
}

/** The measures an event bears on: those it names plus those of the actions it names. */
export function eventMeasureIds(event: EventContent, allMeasureIds: string[]): string[] {
  if (event.measures === "all") return allMeasureIds;
  const named = new Set([...event.measures, ...event.actions.map((action) => action.replace(/\.\d+$/, ""))]);
  return allMeasureIds.filter((id) => named.has(id));
}

function checkEvents(events: EventContent[], measureIds: Set<string>, sourceIds: Set<string>, problems: Problems) {
  events.forEach((event, index) => {
    if (event.source && !sourceIds.has(event.source)) {
      problems.push(`content/events.json: [${index}].source: unknown source document "${event.source}"`);
    }
    if (event.measures === "all") return;
    if (event.measures.length === 0 && event.actions.length === 0) {
      problems.push(`content/events.json: [${index}]: must name at least one measure or action`);
    }
    event.measures.forEach((measure, measureIndex) => {
      if (!measureIds.has(measure)) {
        problems.push(`content/events.json: [${index}].measures[${measureIndex}]: unknown measure "${measure}"`);
      }
    });
    event.actions.forEach((action, actionIndex) => {
      if (!measureIds.has(action.replace(/\.\d+$/, ""))) {
        problems.push(`content/events.json: [${index}].actions[${actionIndex}]: unknown measure in "${action}"`);
      }
    });
  });
  for (const duplicate of findDuplicates(events.map((event) => event.seedKey))) {
    problems.push(`content/events.json: seedKey "${duplicate}" is used twice`);
  }
  for (const duplicate of findDuplicates(events.map((event) => String(event.reference)))) {
    problems.push(`content/events.json: reference ${duplicate} is used twice`);
  }
}

function checkDeadlines(deadlines: DeadlineContent[], events: EventContent[], measureIds: Set<string>, problems: Problems) {
  const eventKeys = new Set(events.map((event) => event.seedKey));
  deadlines.forEach((deadline, index) => {
    const where = `content/deadlines.json: [${index}]`;
    if (deadline.dueOn < deadline.clockStart) problems.push(`${where}.dueOn: falls before clockStart`);
    deadline.measures.forEach((measure, i) => {
      if (!measureIds.has(measure)) problems.push(`${where}.measures[${i}]: unknown measure "${measure}"`);
    });
    deadline.actions.forEach((action, i) => {
      if (!measureIds.has(action.replace(/\.\d+$/, ""))) problems.push(`${where}.actions[${i}]: unknown measure in "${action}"`);
    });
    for (const field of ["metBy", "answeredBy"] as const) {
      deadline[field].forEach((key, i) => {
        if (!eventKeys.has(key)) problems.push(`${where}.${field}[${i}]: unknown event "${key}"`);
      });
    }
  });
  for (const duplicate of findDuplicates(deadlines.map((deadline) => deadline.id))) {
    problems.push(`content/deadlines.json: id "${duplicate}" is used twice`);
  }
}

/**
 * Events and deadlines name actions by id; once a measure's actions are written, every id named in
 * that measure must be one of them. (Before then the id's form and measure are all that is checked.)
 */
function checkActionReferences(events: EventContent[], deadlines: DeadlineContent[], actions: { id: string; measure: string }[], problems: Problems) {
  const written = new Set(actions.map((action) => action.measure));
  const ids = new Set(actions.map((action) => action.id));
  const check = (file: string, index: number, named: string[]) =>
    named.forEach((id, i) => {
      if (written.has(id.replace(/\.\d+$/, "")) && !ids.has(id)) problems.push(`content/${file}: [${index}].actions[${i}]: unknown action "${id}"`);
    });
  events.forEach((event, index) => check("events.json", index, event.actions));
  deadlines.forEach((deadline, index) => check("deadlines.json", index, deadline.actions));
}

/** The measures a deadline concerns: those it names plus those of its actions. */
export function deadlineMeasureIds(deadline: DeadlineContent, allMeasureIds: string[]): string[] {
  const named = new Set([...deadline.measures, ...deadline.actions.map((action) => action.replace(/\.\d+$/, ""))]);
  return allMeasureIds.filter((id) => named.has(id));
}

/** Reads content/about.json alone (the about page needs nothing else); throws a ContentError. */
export function loadAbout(dir: string = CONTENT_DIR): AboutContent {
  const problems: Problems = [];
  const about = parseFile(dir, "about.json", aboutSchema, problems);
  if (!about) throw new ContentError(problems);
  return about;
}

/** Loads and checks content/; throws a ContentError listing every problem found. */
export function loadContent(dir: string = CONTENT_DIR): PlanContent {
  const problems: Problems = [];
  const pillars = parseList(dir, "pillars.json", pillarSchema, problems);
  const sectors = parseList(dir, "sectors.json", sectorSchema, problems);
  const keyPolicies = parseList(dir, "key-policies.json", keyPolicySchema, problems);
  const sources = parseList(dir, "sources.json", sourceDocumentSchema, problems);
  // events.json is optional: a plan with no seeded developments is still a plan.
  const events = fs.existsSync(path.join(dir, "events.json")) ? parseList(dir, "events.json", eventContentSchema, problems) : [];
  const deadlines = fs.existsSync(path.join(dir, "deadlines.json"))
    ? parseList(dir, "deadlines.json", deadlineContentSchema, problems)
    : [];
  const assessments = fs.existsSync(path.join(dir, "assessments.json"))
    ? parseList(dir, "assessments.json", assessmentContentSchema, problems)
    : [];
  const measureFiles = fs.existsSync(path.join(dir, "measures"))
    ? fs.readdirSync(path.join(dir, "measures")).filter((file) => file.endsWith(".json")).sort()
    : [];
  const measures = measureFiles.flatMap((file) => {
    const measure = parseFile(dir, path.join("measures", file), measureSchema, problems);
    return measure ? [{ file, measure }] : [];
  });

  const sectorIds = new Set(sectors.map((sector) => sector.id));
  for (const duplicate of findDuplicates(sectors.map((sector) => sector.id))) {
    problems.push(`content/sectors.json: id "${duplicate}" is used twice`);
  }
  for (const duplicate of findDuplicates(pillars.map((pillar) => pillar.id))) {
    problems.push(`content/pillars.json: id "${duplicate}" is used twice`);
  }
  checkMeasures(measures, sectorIds, problems);
  const measureIds = new Set(measures.map(({ measure }) => measure.id));
  checkReferences("key-policies.json", keyPolicies, measureIds, problems);
  checkReferences("sources.json", sources, measureIds, problems);
  const sourceIds = new Set(sources.map((source) => source.id));
  checkEvents(events, measureIds, sourceIds, problems);
  const about = parseFile(dir, "about.json", aboutSchema, problems);
  if (about && !sourceIds.has(about.source)) {
    problems.push(`content/about.json: source: unknown source document "${about.source}"`);
  }
  checkDeadlines(deadlines, events, measureIds, problems);
  const eventKeys = new Set(events.map((event) => event.seedKey));
  assessments.forEach((assessment, index) =>
    assessment.events.forEach((key, i) => {
      if (!eventKeys.has(key)) problems.push(`content/assessments.json: [${index}].events[${i}]: unknown event "${key}"`);
    }),
  );
  // Both are optional, so the plan loads (and the seed runs) before the actions are written.
  const agencies = loadAgencies(dir, problems);
  const actions = loadActions(dir, { measureIds, sourceIds, agencyIds: new Set(agencies.map((a) => a.id)) }, problems);
  checkActionReferences(events, deadlines, actions, problems);

  if (problems.length > 0 || !about) throw new ContentError(problems);
  return {
    about,
    pillars,
    sectors,
    keyPolicies,
    sources,
    events,
    deadlines,
    assessments,
    measures: measures.map(({ measure }) => measure),
    agencies,
    actions,
  };
}
