import { hasLocale } from "next-intl";
import { getRequestConfig } from "next-intl/server";
import { deploymentTimeZone } from "./deployment-time-zone";
import { routing } from "./routing";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`./messages/${locale}.json`)).default,
    // Pages format times with lib/i18n/dates.ts; this only keeps next-intl's own fallback in the same zone.
    timeZone: deploymentTimeZone(),
  };
});
