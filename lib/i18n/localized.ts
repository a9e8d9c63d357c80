import type { Locale } from "./routing";

type Bilingual<K extends string> = { [P in `${K}En` | `${K}Ko`]: string };

/** Picks the Korean or English column of a bilingual field: localized(measure, "title", "ko"). */
export function localized<K extends string>(row: Bilingual<K>, field: K, locale: Locale): string {
  const key = `${field}${locale === "ko" ? "Ko" : "En"}` as `${K}En` | `${K}Ko`;
  return row[key];
}
