/**
 * Writes the editors' assessments as status changes by the editorial account. Status changes are
 * append-only, so a seeded one is created once (its seedKey) and never rewritten; analysts'
 * changes (no seedKey) are neither read nor written here.
 */
import type { PrismaClient } from "@/lib/db/client";
import { assessmentRecordedAt, deriveAssessments, EDITORIAL_USER_ID } from "./assessments";
import type { PlanContent } from "./schema";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** The account the assessments are signed by. It has no password and is banned: it cannot sign in. */
async function ensureEditorialUser(tx: Tx) {
  await tx.user.upsert({
    where: { id: EDITORIAL_USER_ID },
    create: {
      id: EDITORIAL_USER_ID,
      name: "편집부 / Editorial",
      email: "editorial@accounts.invalid",
      banned: true,
      banReason: "System account that signs the editors' assessments; it cannot sign in.",
    },
    update: {},
  });
}

export async function syncAssessments(tx: Tx, content: PlanContent): Promise<number> {
  const assessments = deriveAssessments(content);
  if (assessments.length === 0) return 0;
  await ensureEditorialUser(tx);
  const existing = new Set(
    (await tx.statusChange.findMany({ where: { seedKey: { not: null } }, select: { seedKey: true } })).map((row) => row.seedKey),
  );
  let created = 0;
  for (const { seedKey, actionId, measureId, status, verified, reason, sourceUrls, effectiveOn } of assessments) {
    if (existing.has(seedKey)) continue;
    await tx.statusChange.create({
      data: {
        seedKey,
        actionId,
        measureId,
        status,
        verified,
        reason,
        sourceUrls: JSON.stringify(sourceUrls),
        authorId: EDITORIAL_USER_ID,
        createdAt: assessmentRecordedAt({ effectiveOn, status }),
      },
    });
    created += 1;
  }
  return created;
}
