import "server-only";
import { getTranslations } from "next-intl/server";
import type { StatusFormLabels } from "@/components/actions/action-status-form";
import { EVENT_TYPES, IMPLEMENTATION_STATUSES } from "@/lib/validations/vocabulary";
import type { EventFormLabels } from "./event-form";

/**
 * The tracking forms' strings in the page's language. The forms are client leaves without a
 * message runtime: the server formats what they show and passes it as props.
 */
export async function getStatusFormLabels(): Promise<StatusFormLabels> {
  const t = await getTranslations("Status");
  return {
    formHeading: t("formHeading"),
    formIntro: t("formIntro"),
    statusLabel: t("statusLabel"),
    statuses: Object.fromEntries(
      IMPLEMENTATION_STATUSES.map((status) => [status, t(status)]),
    ) as StatusFormLabels["statuses"],
    verifiedLabel: t("verifiedLabel"),
    reasonLabel: t("reasonLabel"),
    sourcesLabel: t("sourcesLabel"),
    submit: t("submit"),
  };
}

export async function getEventFormLabels(): Promise<EventFormLabels> {
  const t = await getTranslations("Timeline");
  return {
    typeLabel: t("typeLabel"),
    types: Object.fromEntries(EVENT_TYPES.map((type) => [type, t(`types.${type}`)])) as EventFormLabels["types"],
    dateLabel: t("dateLabel"),
    titleEnLabel: t("titleEnLabel"),
    titleKoLabel: t("titleKoLabel"),
    summaryEnLabel: t("summaryEnLabel"),
    summaryKoLabel: t("summaryKoLabel"),
    sourceUrlLabel: t("sourceUrlLabel"),
    measuresLabel: t("measuresLabel"),
    actionsLabel: t("actionsLabel"),
    actionsHint: t("actionsHint"),
    save: t("save"),
  };
}

export async function getFollowLabels(kind: "measure" | "sector"): Promise<{ follow: string; unfollow: string }> {
  const t = await getTranslations("Following");
  return kind === "measure"
    ? { follow: t("followMeasure"), unfollow: t("unfollowMeasure") }
    : { follow: t("followSector"), unfollow: t("unfollowSector") };
}
