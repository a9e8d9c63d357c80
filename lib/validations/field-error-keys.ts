/**
 * The schemas speak English (the JSON API answers in English); forms show the same rules in the
 * reader's language. This maps each message to its key in the "Validation" namespace; a message
 * missing here is shown as it is (a unit test checks that none is missing).
 */
export const FIELD_ERROR_KEYS: Record<string, string> = {
  "Use a full http:// or https:// link.": "url",
  "Keep links under 2,000 characters.": "urlLength",
  "Use a real date written YYYY-MM-DD.": "date",
  "Choose one of the four statuses.": "status",
  "Give the reason for this change.": "reason",
  "Keep the reason under 2,000 characters.": "reasonLength",
  "Cite at least one source link.": "sourcesRequired",
  "Cite at most 5 sources.": "sourcesMax",
  "Choose the type of event.": "eventType",
  "Choose at least one measure this event concerns.": "measures",
  "Give a title in Korean or English.": "title",
};
