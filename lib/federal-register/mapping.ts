/** How a Federal Register document becomes a timeline event (docs/federal-register.md). */
import type { EventType } from "@/lib/validations/vocabulary";

/** The API's `type` of a result is a name; its type condition uses a code. */
export const DOCUMENT_TYPE_NAMES = {
  RULE: "Rule",
  PRORULE: "Proposed Rule",
  NOTICE: "Notice",
  PRESDOCU: "Presidential Document",
} as const;

const REQUEST_FOR_INFORMATION = /\brequest(s)? for (information|comments?)\b|\bRFI\b/i;

/**
 * presidential document → executive order, rule → final rule, proposed rule → proposed rule,
 * notice → RFI when it asks for information or comments, else other; any other type → other.
 */
export function eventTypeForDocument(document: {
  documentType: string;
  title: string;
  abstract: string | null;
}): EventType {
  switch (document.documentType) {
    case DOCUMENT_TYPE_NAMES.PRESDOCU:
      return "executive-order";
    case DOCUMENT_TYPE_NAMES.RULE:
      return "final-rule";
    case DOCUMENT_TYPE_NAMES.PRORULE:
      return "proposed-rule";
    case DOCUMENT_TYPE_NAMES.NOTICE:
      return REQUEST_FOR_INFORMATION.test(`${document.title} ${document.abstract ?? ""}`) ? "rfi" : "other";
    default:
      return "other";
  }
}

/** How an event names a Federal Register document among its identifiers (as content/events.json does). */
export function federalRegisterIdentifier(documentNumber: string): string {
  return `FR Doc ${documentNumber}`;
}

/** The document number in an event's identifier, or null when it names something else. */
export function documentNumberOf(identifier: string): string | null {
  return /^FR Doc (\S+)$/.exec(identifier)?.[1] ?? null;
}
