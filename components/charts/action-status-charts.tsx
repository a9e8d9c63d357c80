import { getTranslations } from "next-intl/server";
import { type StatusBar, toMonthBars } from "@/lib/charts/series";
import {
  type ChartScope,
  countActionStatusesByAgency,
  countActionStatusesBySector,
  listMonthlyActionStatuses,
} from "@/lib/data/charts";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import type { Locale } from "@/lib/i18n/routing";
import { IMPLEMENTATION_STATUSES } from "@/lib/validations/vocabulary";
import { StatusChart } from "./status-chart";

/** "Not started 70, In progress 20, …": one bar's numbers, for a chart's description. */
async function summarize(bar: StatusBar): Promise<string> {
  const [t, ts] = await Promise.all([getTranslations("Charts"), getTranslations("Status")]);
  return IMPLEMENTATION_STATUSES.map((status) =>
    t("summaryPart", { status: ts(status), count: bar.counts[status] }),
  ).join(", ");
}

/**
 * Actions by status at each month's end, for the plan, the actions an agency leads, or a
 * sector's; months in the reader's language and time zone.
 */
export async function MonthlyStatusChart({
  scope = {},
  id,
  headingLevel,
}: {
  scope?: ChartScope;
  id: string;
  headingLevel?: 2 | 3;
}) {
  const [t, when] = await Promise.all([getTranslations("Charts"), getDateFormatter()]);
  const bars = toMonthBars(await listMonthlyActionStatuses(scope, { timeZone: when.timeZone }), when.locale);
  const [first, last] = [bars[0], bars[bars.length - 1]];
  if (!last || last.total === 0) return null;
  const title = t(scope.agencyId ? "monthlyTitleAgency" : scope.sectorId ? "monthlyTitleSector" : "monthlyTitle");
  return (
    <StatusChart
      id={id}
      title={title}
      description={t("monthlyDescription", {
        first: first.label,
        last: last.label,
        total: last.total,
        summary: await summarize(last),
      })}
      bars={bars}
      orientation="columns"
      categoryHeading={t("monthColumn")}
      note={t("monthRule", { zone: when.timeZone })}
      headingLevel={headingLevel}
    />
  );
}

/** Every lead agency's actions by current status (the agencies index). */
export async function AgencyStatusChart({ locale, id }: { locale: Locale; id: string }) {
  const [t, bars] = await Promise.all([getTranslations("Charts"), countActionStatusesByAgency(locale)]);
  if (bars.length === 0) return null;
  return (
    <StatusChart
      id={id}
      title={t("byAgencyTitle")}
      description={t("byAgencyDescription", { count: bars.length })}
      bars={bars}
      orientation="rows"
      categoryHeading={t("agencyColumn")}
    />
  );
}

/** Every sector's actions by current status (the sectors index). */
export async function SectorStatusChart({ locale, id }: { locale: Locale; id: string }) {
  const [t, bars] = await Promise.all([getTranslations("Charts"), countActionStatusesBySector(locale)]);
  if (bars.length === 0) return null;
  return (
    <StatusChart
      id={id}
      title={t("bySectorTitle")}
      description={t("bySectorDescription", { count: bars.length })}
      bars={bars}
      orientation="rows"
      categoryHeading={t("sectorColumn")}
    />
  );
}
