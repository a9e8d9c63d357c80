/** Field selections shared by the data modules, so a chip or link looks the same everywhere. */
export const sectorChip = { id: true, nameEn: true, nameKo: true, horizon: true } as const;
export const measureLink = { id: true, slug: true, titleEn: true, titleKo: true } as const;
export const pillarLink = { id: true, number: true, slug: true, titleEn: true, titleKo: true } as const;
export const keyPolicyBadge = { id: true, number: true, titleEn: true, titleKo: true } as const;
export const pillarCard = { ...pillarLink, summaryEn: true, summaryKo: true } as const;
export const sectorCard = { ...sectorChip, descriptionEn: true, descriptionKo: true } as const;
/** A status change's own fields, as recorded (sourceUrls is JSON: parse with parseSourceUrls). */
export const statusChangeContent = {
  id: true,
  status: true,
  verified: true,
  reason: true,
  sourceUrls: true,
  createdAt: true,
  // Set on the editors' assessments (docs/timeline.md), which the UI badges apart from analysts'.
  seedKey: true,
} as const;
/** An event's own fields, as written by the analyst or the seed. */
export const eventContent = {
  type: true,
  occurredOn: true,
  titleEn: true,
  titleKo: true,
  summaryEn: true,
  summaryKo: true,
  sourceUrl: true,
} as const;
