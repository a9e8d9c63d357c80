/**
 * The words a brief is written in, for the Markdown, the PDF and the feed, which are made outside
 * a page request: a translator over the message files themselves (lib/i18n/messages), so the
 * exports and the page use the same words.
 */
import { createTranslator } from "next-intl";
import { formatDay } from "@/lib/i18n/dates";
import en from "@/lib/i18n/messages/en.json";
import ko from "@/lib/i18n/messages/ko.json";
import type { Locale } from "@/lib/i18n/routing";
import type { BriefPeriod } from "@/lib/validations/briefs";
import type { BriefDeadline } from "./types";

export function briefWords(locale: Locale) {
  const t = createTranslator({ locale, messages: locale === "ko" ? (ko as typeof en) : en });
  return {
    t: (key: Parameters<typeof t>[0], values?: Record<string, string | number>) => t(key, values),
    day: (iso: string) => formatDay(iso, locale),
    period: ({ from, to }: BriefPeriod) =>
      t("Briefs.period", { from: formatDay(from, locale), to: formatDay(to, locale) }),
    status: (status: string) => t(`Status.${status}` as "Status.implemented"),
    verification: (verified: boolean) => t(verified ? "Status.verified" : "Status.claimed"),
    eventType: (type: string) => t(`Timeline.types.${type}` as "Timeline.types.other"),
    horizon: (horizon: string) => t(`Briefs.horizon.${horizon}` as "Briefs.horizon.following"),
    deadlineState: (state: BriefDeadline["state"]) => t(`Briefs.state.${state}`),
    pillar: (number: number, title: string) => t("Briefs.pillar", { number, title }),
    cited: (numbers: number[]) => (numbers.length ? numbers.map((n) => `[${n}]`).join("") : ""),
  };
}

export type BriefWords = ReturnType<typeof briefWords>;
