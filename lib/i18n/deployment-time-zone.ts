import { env } from "@/lib/env";
import { timeZoneSchema } from "@/lib/validations/settings";
import { DEFAULT_TIME_ZONE } from "./dates";

let checked: string | undefined;

/**
 * The zone readers see times in unless their own settings say otherwise: DISPLAY_TIME_ZONE, or
 * Asia/Seoul (the analysts this is made for) for Korean and English pages alike. A zone Intl does
 * not know stops the server with a message instead of showing every time in a wrong zone.
 */
export function deploymentTimeZone(): string {
  if (checked) return checked;
  const raw = env.DISPLAY_TIME_ZONE || DEFAULT_TIME_ZONE;
  const parsed = timeZoneSchema.safeParse(raw);
  if (!parsed.success)
    throw new Error(`DISPLAY_TIME_ZONE="${raw}" is not an IANA time zone this runtime knows (e.g. Asia/Seoul, UTC).`);
  checked = parsed.data;
  return checked;
}
