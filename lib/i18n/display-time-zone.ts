import "server-only";
import { getLocale } from "next-intl/server";
import { cache } from "react";
import { getViewer } from "@/lib/auth/session";
import { getUserTimeZone } from "@/lib/data/user-settings";
import { type DateFormatter, dateFormatter } from "./dates";
import { deploymentTimeZone } from "./deployment-time-zone";
import { isLocale, routing } from "./routing";

/** The reader's zone: their account setting when signed in and set, else the deployment's. Once per request. */
export const getDisplayTimeZone = cache(async (): Promise<string> => {
  const viewer = await getViewer();
  return (viewer && (await getUserTimeZone(viewer.id))) ?? deploymentTimeZone();
});

/** Server components: `const when = await getDateFormatter(); when.dateTime(note.createdAt)`. */
export const getDateFormatter = cache(async (): Promise<DateFormatter> => {
  const [locale, timeZone] = await Promise.all([getLocale(), getDisplayTimeZone()]);
  return dateFormatter(isLocale(locale) ? locale : routing.defaultLocale, timeZone);
});
