import { getTranslations } from "next-intl/server";
import { listMeasureActions } from "@/lib/data/actions";
import type { Locale } from "@/lib/i18n/routing";
import type { DerivedMeasureStatus } from "@/lib/tracking/measure-status-rule";
import { IMPLEMENTATION_STATUSES } from "@/lib/validations/vocabulary";
import { ActionList } from "./action-list";

/**
 * How a measure's status was reached ("2 of 5 actions in progress"), and its actions with theirs.
 * New status changes are recorded on the actions, so this replaces the measure's own form.
 */
export async function MeasureDerivation({
  measureId,
  current,
  locale,
}: {
  measureId: string;
  current: DerivedMeasureStatus;
  locale: Locale;
}) {
  const [t, ta, actions] = await Promise.all([
    getTranslations("Status"),
    getTranslations("Actions"),
    listMeasureActions(measureId),
  ]);
  if (actions.length === 0) return null;
  const parts = IMPLEMENTATION_STATUSES.filter((status) => current.actionCounts[status] > 0).map((status) =>
    t("derivedCount", {
      count: current.actionCounts[status],
      total: current.actionTotal,
      status: t(status).toLowerCase(),
    }),
  );
  return (
    <div className="mt-3 space-y-3" data-testid="measure-derivation">
      {current.basis === "measure" ? (
        <p className="text-sm text-slate-700">{t("measureLevel")}</p>
      ) : (
        <p className="text-sm">
          {t("derivedFromActions", { total: current.actionTotal })} <strong>{parts.join(" · ")}</strong>
        </p>
      )}
      <h3 className="font-bold">{ta("actionsHeading")}</h3>
      <p className="text-sm text-slate-700">{t("recordOnActions")}</p>
      <ActionList actions={actions} locale={locale} testId="measure-actions" />
    </div>
  );
}
