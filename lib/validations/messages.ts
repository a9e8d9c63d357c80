/**
 * The English validation messages (the JSON API answers with these) and their keys in the
 * `Validation` message namespace, so forms show the same message in the page's language.
 */
export const VALIDATION_MESSAGES = {
  emailInvalid: "Enter a valid e-mail address.",
  passwordTooShort: "Use at least 10 characters.",
  passwordTooLong: "Use at most 128 characters.",
  passwordMissing: "Enter your password.",
  nameMissing: "Enter a name.",
  nameTooLong: "Use at most 100 characters.",
  nameCharacters: "Use letters, digits, spaces and punctuation only (no control or text-direction characters).",
  roleInvalid: "Choose analyst or admin.",
  currentPasswordMissing: "Enter your current password.",
  tokenNameMissing: "Name the token.",
  tokenNameTooLong: "Use at most 60 characters.",
  accountMissing: "Choose an account.",
  confirmRequired: "Tick the box to confirm.",
  blank: "Write something: this cannot be empty.",
  noteMissing: "Write the note.",
  noteEmpty: "Write the note: it cannot be empty.",
  noteTooLong: "A note can have at most 20,000 characters.",
  noteTooDeep: "Nest lists and quotes at most 20 levels deep.",
  noteTooMuchMarkup:
    "This note has too much formatting for one note (list items, paragraphs and links weigh most; tables at most 1,000 cells): split it into several notes.",
  visibilityInvalid: "Choose shared or private.",
  noteUpdateEmpty: "Send a body or a visibility to change.",
  // Tracking: status changes and timeline events.
  url: "Use a full http:// or https:// link.",
  urlLength: "Keep links under 2,000 characters.",
  date: "Use a real date written YYYY-MM-DD.",
  status: "Choose one of the four statuses.",
  reason: "Give the reason for this change.",
  reasonLength: "Keep the reason under 2,000 characters.",
  sourcesRequired: "Cite at least one source link.",
  sourcesMax: "Cite at most 5 sources.",
  eventType: "Choose the type of event.",
  measures: "Choose at least one measure this event concerns.",
  title: "Give a title in Korean or English.",
  // Companies.
  companyNameKo: "Give the company's Korean name.",
  companyNameEn: "Give the company's English name.",
  companyNameLength: "Use at most 200 characters.",
  ticker: "Give the ticker: letters, digits, dots or hyphens (at most 20).",
  market: "Choose the market the company is listed on.",
  rationaleMissing: "Explain why this company belongs to the sector.",
  rationaleTooLong: "A rationale can have at most 20,000 characters.",
  companyMeasures: 'Name measures by their ids, like "II-3" (at most 30).',
  companyActions: 'Name actions by their ids, like "I-1.1" (at most 103).',
  companyUnknownMeasure: "One of these measures does not exist.",
  companyUnknownAction: "One of these actions does not exist.",
  companyDuplicate: "A company with this market and ticker is already listed.",
  companyUpdateEmpty: "Send at least one field to change.",
  // The Federal Register watch and its inbox (lib/validations/watch.ts).
  actionsRequired: "Choose at least one action this document implements.",
  actionId: 'Name an action like "II-3.2".',
  agencySlug: "Write agency slugs like commerce-department, separated by commas.",
  watchTermOrAgency: "Give a term or at least one agency: a query for everything would flood the inbox.",
  documentTypes: "Choose known document types.",
  watchTermLength: "Keep the term under 200 characters.",
  // Account settings.
  timeZone: "Choose a time zone from the list.",
} as const;

export type ValidationMessageKey = keyof typeof VALIDATION_MESSAGES;

const keyByMessage = new Map(
  Object.entries(VALIDATION_MESSAGES).map(([key, message]) => [message as string, key as ValidationMessageKey]),
);

export function validationMessageKey(message: string): ValidationMessageKey | undefined {
  return keyByMessage.get(message);
}
