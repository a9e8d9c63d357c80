/**
 * The shape of every editorial file in content/. The seed refuses anything that does not
 * match, naming the file and the field, so a typo never reaches the database.
 */
import { z } from "zod";
import { EVENT_TYPES } from "@/lib/validations/events";

export const PILLAR_IDS = ["I", "II", "III"] as const;
export const SECTOR_HORIZONS = ["near-term", "following"] as const;
export const SOURCE_KINDS = ["plan", "executive-order", "brief"] as const;

const text = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .transform((value) => value.normalize("NFC"));
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "must be kebab-case (a-z, 0-9, -)");
const measureId = z.string().regex(/^(I|II|III)-([1-9]|1[0-5])$/, 'must look like "II-3"');
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
  measures: z.array(measureId),
});

/**
 * A dated development the sources themselves give (the plan's release, the orders signed that
 * day). The sources carry no URLs, so a seeded event cites a document of sources.json instead.
 * `measures: "all"` is for the plan's release, which concerns every measure.
 */
export const eventContentSchema = z.strictObject({
  seedKey: slug,
  type: z.enum(EVENT_TYPES),
  occurredOn: isoDate,
  titleEn: text,
  titleKo: text,
  summaryEn: text,
  summaryKo: text,
  source: slug,
  measures: z.union([z.literal("all"), z.array(measureId).min(1, "must name at least one measure")]),
});

export type PillarContent = z.infer<typeof pillarSchema>;
export type SectorContent = z.infer<typeof sectorSchema>;
export type MeasureContent = z.infer<typeof measureSchema>;
export type KeyPolicyContent = z.infer<typeof keyPolicySchema>;
export type SourceDocumentContent = z.infer<typeof sourceDocumentSchema>;
export type EventContent = z.infer<typeof eventContentSchema>;

export type PlanContent = {
  pillars: PillarContent[];
  sectors: SectorContent[];
  measures: MeasureContent[];
  keyPolicies: KeyPolicyContent[];
  sources: SourceDocumentContent[];
  events: EventContent[];
};
