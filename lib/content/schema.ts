/**
 * The shape of every editorial file in content/. The seed refuses anything that does not
 * match, naming the file and the field, so a typo never reaches the database.
 */
import { z } from "zod";
import { EVENT_TYPES } from "@/lib/validations/events";

export const PILLAR_IDS = ["I", "II", "III"] as const;
export const SECTOR_HORIZONS = ["near-term", "following"] as const;
export const SOURCE_KINDS = [
  "plan",
  "executive-order",
  "brief",
  "law",
  "guidance",
  "report",
  "regulation",
  "other",
] as const;
export const AGENCY_ROLES = ["lead", "partner"] as const;

const text = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .transform((value) => value.normalize("NFC"));
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");
const measureId = z.string().regex(/^(I|II|III)-([1-9]|1[0-5])$/, 'must look like "II-3"');
const actionId = z.string().regex(/^(I|II|III)-([1-9]|1[0-5])\.([1-9][0-9]?)$/, 'must look like "I-1.1"');
const agencyId = z.string().regex(/^[a-z][a-z0-9]*$/, 'must be a lowercase id such as "doc"');
const isoDate = z.iso.date({ message: "must be a date as YYYY-MM-DD" });

export const pillarSchema = z.strictObject({
  id: z.enum(PILLAR_IDS),
  number: z.number().int().min(1).max(3),
  slug,
  titleEn: text,
  titleKo: text,
  summaryEn: text,
  summaryKo: text,
});

export const sectorSchema = z.strictObject({
  id: slug,
  nameEn: text,
  nameKo: text,
  descriptionEn: text,
  descriptionKo: text,
  horizon: z.enum(SECTOR_HORIZONS),
});

export const measureSectorSchema = z.strictObject({
  sector: slug,
  rationaleEn: text,
  rationaleKo: text,
});

export const measureSchema = z.strictObject({
  id: measureId,
  pillar: z.enum(PILLAR_IDS),
  position: z.number().int().min(1),
  slug,
  titleEn: text,
  titleKo: text,
  summaryEn: text,
  summaryKo: text,
  briefItem: z.number().int().min(1),
  sectors: z.array(measureSectorSchema),
});

export const keyPolicySchema = z.strictObject({
  id: slug,
  number: z.number().int().min(1),
  titleEn: text,
  titleKo: text,
  summaryEn: text,
  summaryKo: text,
  measures: z.array(measureId).min(1, "must name at least one measure"),
});

export const sourceDocumentSchema = z.strictObject({
  id: slug,
  kind: z.enum(SOURCE_KINDS),
  identifier: text.nullable(),
  titleEn: text,
  titleKo: text,
  publisher: text,
  /** Shown on Korean pages in place of `publisher`; absent where the name is not translated. */
  publisherKo: text.nullable().default(null),
  publishedOn: isoDate.nullable(),
  url: z.url({ protocol: /^https?$/ }).nullable(),
  // Where the document is published, as the plan's footnote cites it ("Federal Register 90 (20) 8741").
  citation: text.nullable().default(null),
  measures: z.array(measureId),
});

const httpUrl = z.url({ protocol: /^https?$/ });

export const EVENT_CONFIDENCES = ["official", "reported"] as const;
export const EVENT_PLAN_ROLES = ["lead-up", "plan", "implements", "reversal", "status-check"] as const;

/**
 * A dated development from the reference (docs/timeline.md): its exact title (or a description,
 * flagged), issuer, identifiers, addresses and what it bears on. `actions` are the bullets it
 * names; `measures` the sections it names without a bullet (the actions' own measures are added
 * by the loader); "all" for the plan itself and what led to it.
 */
export const eventContentSchema = z.strictObject({
  seedKey: slug,
  reference: z.number().int().min(1),
  type: z.enum(EVENT_TYPES),
  occurredOn: isoDate,
  titleEn: text,
  titleIsDescription: z.boolean(),
  titleKo: text,
  issuingBody: text,
  identifiers: z.array(text),
  sourceUrl: httpUrl,
  sourceUrls: z.array(httpUrl),
  confidence: z.enum(EVENT_CONFIDENCES),
  planRole: z.enum(EVENT_PLAN_ROLES),
  actions: z.array(actionId),
  measures: z.union([z.literal("all"), z.array(measureId)]),
  summaryEn: text,
  summaryKo: text,
  source: slug.optional(),
});

/**
 * A dated obligation an order or memo sets (docs/timeline.md). `metBy` are the events that
 * fulfil it (all of them: met on the latest one's date); `answeredBy` those that answer it only
 * in part. Its state is never stored: lib/deadlines/state.ts computes it on the day it is read.
 */
export const deadlineContentSchema = z.strictObject({
  id: z.string().regex(/^D[1-9][0-9]*$/, 'must look like "D1"'),
  instrument: text,
  provisionEn: text,
  provisionKo: text,
  clockStart: isoDate,
  periodEn: text,
  periodKo: text,
  dueOn: isoDate,
  measures: z.array(measureId),
  actions: z.array(actionId),
  metBy: z.array(slug),
  answeredBy: z.array(slug),
  noteEn: text.nullable(),
  noteKo: text.nullable(),
});

/** An agency the recommended actions name (content/agencies.json). */
export const agencySchema = z.strictObject({
  id: agencyId,
  abbreviation: text.nullable(),
  nameEn: text,
  nameKo: text,
  parent: agencyId.nullable(),
});

/** One recommended policy action: a bullet of a measure's "Recommended Policy Actions". */
export const actionSchema = z.strictObject({
  id: actionId,
  titleEn: text,
  titleKo: text,
  summaryEn: text,
  summaryKo: text,
  // Only the agencies the bullet names as leading it; [] where it names none (never a guess).
  leads: z.array(agencyId),
  partners: z.array(agencyId),
  sources: z.array(slug),
});

/** content/actions/<measure file>.json: one measure's actions, in the plan's order. */
export const actionFileSchema = z.strictObject({
  measure: measureId,
  actions: z.array(actionSchema).min(1, "must list at least one action"),
});

/**
 * One row of the reference's explicit assessments (a status beyond "in progress", or a rating
 * the rules would not give), naming the events it rests on. lib/content/assessments.ts applies it.
 */
export const assessmentContentSchema = z.strictObject({
  action: actionId,
  status: z.enum(["in-progress", "partially-implemented", "implemented"]),
  verified: z.boolean(),
  events: z.array(slug).min(1, "must name the events it rests on"),
  reasonEn: text,
  reasonKo: text,
});

/**
 * The about page: what the plan is, the three purposes the brief says it states, and the
 * brief's reading of it. `source` names the document of sources.json it is drawn from.
 */
export const aboutPurposeSchema = z.strictObject({ titleEn: text, titleKo: text, summaryEn: text, summaryKo: text });
export const aboutSchema = z.strictObject({
  titleEn: text,
  titleKo: text,
  introEn: text,
  introKo: text,
  purposes: z.array(aboutPurposeSchema).length(3, "the brief states three purposes"),
  thesisEn: text,
  thesisKo: text,
  source: slug,
});

export type PillarContent = z.infer<typeof pillarSchema>;
export type SectorContent = z.infer<typeof sectorSchema>;
export type MeasureContent = z.infer<typeof measureSchema>;
export type KeyPolicyContent = z.infer<typeof keyPolicySchema>;
export type SourceDocumentContent = z.infer<typeof sourceDocumentSchema>;
export type EventContent = z.infer<typeof eventContentSchema>;
export type DeadlineContent = z.infer<typeof deadlineContentSchema>;
export type AssessmentContent = z.infer<typeof assessmentContentSchema>;
export type AgencyContent = z.infer<typeof agencySchema>;
/** An action as loaded: the file's measure id added to each. */
export type ActionContent = z.infer<typeof actionSchema> & { measure: string; position: number };
export type AboutContent = z.infer<typeof aboutSchema>;

export type PlanContent = {
  pillars: PillarContent[];
  sectors: SectorContent[];
  measures: MeasureContent[];
  keyPolicies: KeyPolicyContent[];
  sources: SourceDocumentContent[];
  events: EventContent[];
  deadlines: DeadlineContent[];
  assessments: AssessmentContent[];
  agencies: AgencyContent[];
  actions: ActionContent[];
  about: AboutContent;
};
