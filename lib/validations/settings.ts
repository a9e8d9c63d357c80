import { z } from "zod";
import { VALIDATION_MESSAGES } from "./messages";

// The zones this runtime can convert to. Intl lists canonical IANA names and leaves out "UTC" itself.
const TIME_ZONES: readonly string[] = [...Intl.supportedValuesOf("timeZone"), "UTC"].sort();
const known = new Set(TIME_ZONES);

/** The IANA zones an analyst may choose, sorted by name. */
export function listTimeZones(): readonly string[] {
  return TIME_ZONES;
}

/** One IANA zone name ("Asia/Seoul"), as DISPLAY_TIME_ZONE and the settings form give it. */
export const timeZoneSchema = z
  .string()
  .trim()
  .refine((zone) => known.has(zone), { error: VALIDATION_MESSAGES.timeZone });

/** The account settings form: an empty choice means "the deployment's zone". */
export const accountSettingsSchema = z.object({
  timeZone: z.union([z.literal("").transform(() => null), timeZoneSchema]),
});

export type AccountSettings = z.output<typeof accountSettingsSchema>;
