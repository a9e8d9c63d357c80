/**
 * Turns what a person typed into a safe FTS5 query. User text never reaches MATCH as syntax:
 * it is cut into words (letters and digits only), and each word becomes a quoted phrase that
 * is bound as a parameter. Operators (AND, OR, NEAR, *, ^, quotes, parentheses) are just words
 * or punctuation here.
 */

/** How much of a query is looked at: the rest of a 10,000-character paste is ignored. */
export const MAX_QUERY_CHARS = 200;
const MAX_WORDS = 8;
const MAX_WORD_CHARS = 40;

const HANGUL_SYLLABLE = /[가-힣]/;
const HANGUL_OR_OTHER_RUN = /[가-힣]+|[^가-힣]+/g;

export type ParsedQuery = {
  /** The normalised text shown back to the user. */
  text: string;
  /** Lower-cased words, each wholly Hangul or wholly not, used for highlighting. */
  terms: string[];
  /** The FTS5 MATCH expression, or null when nothing searchable was typed. */
  match: string | null;
  /** A measure id such as "II-3" when the query is one (`ii3`, `II-3`, `ii - 3`). */
  measureId: string | null;
  /** The action id typed as the whole query ("I-1.1", "i-1.1", "ii 3.2"), else null. */
  actionId: string | null;
};

/** NFC, well-formed (lone surrogates replaced), control characters removed, spaces collapsed. */
export function normaliseQuery(raw: string): string {
  return raw
    .slice(0, MAX_QUERY_CHARS * 2)
    .toWellFormed()
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, MAX_QUERY_CHARS);
}

/** Hangul bigrams of a run, matching the tokens the index stores (see the search migration). */
export function hangulGrams(run: string): string[] {
  const syllables = Array.from(run);
  if (syllables.length === 1) return syllables;
  return syllables.slice(0, -1).map((syllable, i) => syllable + syllables[i + 1]);
}

function termClause(term: string, isLast: boolean): string {
  // Terms hold only letters and digits, so they cannot contain a quote; quoting still makes
  // words such as NEAR or AND plain strings to FTS5.
  if (HANGUL_SYLLABLE.test(term)) {
    // One syllable: any bigram starting with it. Two or more: the exact run of bigrams.
    return Array.from(term).length === 1
      ? `{title_grams body_grams} : "${term}"*`
      : `{title_grams body_grams} : "${hangulGrams(term).join(" ")}"`;
  }
  // Only the last word is still being typed: it matches as a prefix (semicond → semiconductor);
  // earlier words match whole, which keeps a query of several common words cheap.
  return isLast ? `{title body} : "${term}"*` : `{title body} : "${term}"`;
}

export function actionIdOf(text: string): string | null {
  const match = /^\s*(i{1,3})\s*[-–]?\s*(\d{1,2})\s*\.\s*(\d{1,2})\s*$/i.exec(text);
  return match ? `${match[1].toUpperCase()}-${Number(match[2])}.${Number(match[3])}` : null;
}

export function measureIdOf(text: string): string | null {
  const match = /^\s*(i{1,3})\s*[-–.]?\s*(\d{1,2})\s*$/i.exec(text);
  return match ? `${match[1].toUpperCase()}-${Number(match[2])}` : null;
}

export function parseQuery(raw: string): ParsedQuery {
  const text = normaliseQuery(raw);
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, MAX_WORDS);
  const terms = [
    ...new Set(
      words
        .flatMap((word) => word.match(HANGUL_OR_OTHER_RUN) ?? [])
        .map((term) => Array.from(term).slice(0, MAX_WORD_CHARS).join("")),
    ),
  ];
  return {
    text,
    terms,
    match: terms.length ? terms.map((term, index) => termClause(term, index === terms.length - 1)).join(" AND ") : null,
    measureId: measureIdOf(text),
    actionId: actionIdOf(text),
  };
}
