import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import { saveAccountSettingsAction } from "@/lib/actions/settings";
import type { Viewer } from "@/lib/auth/session";
import { getUserTimeZone } from "@/lib/data/user-settings";
import { utcOffset } from "@/lib/i18n/dates";
import { deploymentTimeZone } from "@/lib/i18n/deployment-time-zone";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import { listTimeZones } from "@/lib/validations/settings";

/** The account page's time-zone choice: every time on the site is shown in it. */
export async function TimeZoneSettings({ viewer }: { viewer: Viewer }) {
  const [t, chosen, when] = await Promise.all([
    getTranslations("Account"),
    getUserTimeZone(viewer.id),
    getDateFormatter(),
  ]);
  const now = new Date();
  const label = (zone: string) => `${zone.replaceAll("_", " ")} (UTC${utcOffset(now, zone)})`;
  return (
    <section aria-labelledby="settings-heading" className="space-y-3">
      <h2 id="settings-heading" className="text-lg font-bold">
        {t("settingsHeading")}
      </h2>
      <p className="max-w-3xl text-sm text-slate-700" data-testid="time-zone-now">
        {t("timeZoneNow", { zone: when.timeZone, now: when.dateTime(now) })}
      </p>
      <ActionForm
        action={saveAccountSettingsAction}
        idPrefix="settings"
        submitLabel={t("saveSettings")}
        fields={[
          {
            name: "timeZone",
            label: t("timeZoneLabel"),
            hint: t("timeZoneHint"),
            type: "select",
            defaultValue: chosen ?? "",
            options: [
              { value: "", label: t("timeZoneDefault", { zone: label(deploymentTimeZone()) }) },
              ...listTimeZones().map((zone) => ({ value: zone, label: label(zone) })),
            ],
          },
        ]}
      />
    </section>
  );
}
