import "server-only";
import { db } from "@/lib/db";
import type { AccountSettings } from "@/lib/validations/settings";

/** The analyst's chosen time zone, or null when they follow the deployment's. */
export async function getUserTimeZone(userId: string): Promise<string | null> {
  const settings = await db.userSetting.findUnique({ where: { userId }, select: { timeZone: true } });
  return settings?.timeZone ?? null;
}

export async function saveUserSettings(userId: string, settings: AccountSettings): Promise<void> {
  await db.userSetting.upsert({
    where: { userId },
    create: { userId, timeZone: settings.timeZone },
    update: { timeZone: settings.timeZone },
  });
}
