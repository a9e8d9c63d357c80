import type { Locale } from "./routing";

type Bilingual<K extends string> = { [P in `${K}En` | `${K}Ko`]: string };

/** Picks the Korean or English column of a bilingual field: localized(measure, "title", "ko"). */
export function localized<K extends string>(row: Bilingual<K>, field: K, locale: Locale): string {
  const key = `${field}${locale === "ko" ? "Ko" : "En"}` as `${K}En` | `${K}Ko`;
  return row[key];
}

/** A source's publisher as a page in this language names it: the Korean name where there is one. */
export function publisherName(source: { publisher: string; publisherKo: string | null }, locale: Locale): string {
  return locale === "ko" ? (source.publisherKo ?? source.publisher) : source.publisher;
}
