import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TrackerFilters } from "@/components/actions/tracker-filters";
import { TrackerTable } from "@/components/actions/tracker-table";
import { PageHeading } from "@/components/plan/page-heading";
import { ExportLinks } from "@/components/tracking/export-links";
import { listTrackerActions } from "@/lib/data/actions";
import { listAgencies } from "@/lib/data/agencies";
import { hasDeadlineIn, listDeadlineStatesByAction } from "@/lib/data/deadlines";
import { listTrackingOptions } from "@/lib/data/timeline-options";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { readSearchParams } from "@/lib/validations/timeline";
import { type TrackerQuery, trackerQuerySchema } from "@/lib/validations/tracker";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Tracker" });
  return { title: t("title"), description: t("intro") };
}

const EVERYTHING: TrackerQuery = { sort: "plan", dir: "asc" };

/** The tracker: every recommended action, filtered and sorted by its URL. */
export default async function TrackerPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const raw = readSearchParams(await searchParams);
  const parsed = trackerQuerySchema.safeParse(raw);
  // A hand-edited URL with a bad parameter shows every action, with a message, never an error page.
  const query = parsed.success ? parsed.data : EVERYTHING;
  const [t, options, agencies, { rows: allRows, total }, deadlines] = await Promise.all([
    getTranslations("Tracker"),
    listTrackingOptions(),
    listAgencies(),
    listTrackerActions(query, locale),
    listDeadlineStatesByAction(),
  ]);
  const { deadline } = query;
  const rows = deadline ? allRows.filter((row) => hasDeadlineIn(deadlines.get(row.id), deadline)) : allRows;
  const kept = Object.fromEntries(
    Object.entries(parsed.success ? raw : {}).filter(
      (entry): entry is [string, string] =>
        typeof entry[1] === "string" && entry[1] !== "" && entry[0] !== "sort" && entry[0] !== "dir",
    ),
  );
  const exportQuery = new URLSearchParams(
    Object.entries(kept).filter(([key]) => key !== "sort" && key !== "dir"),
  ).toString();
  return (
    <>
      <PageHeading title={t("title")} lead={<p>{t("intro")}</p>} />
      <div className="space-y-6">
        <TrackerFilters options={options} agencies={agencies} values={parsed.success ? raw : {}} locale={locale} />
        {parsed.success ? null : (
          <p role="alert" className="rounded bg-amber-50 p-2 text-sm text-amber-900" data-testid="tracker-invalid">
            {t("invalid", { problems: parsed.error.issues.map((issue) => issue.message).join(" ") })}
          </p>
        )}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 className="text-base font-semibold" data-testid="tracker-count">
            {t("count", { count: rows.length, total })}
          </h2>
          <ExportLinks kind="actions" query={exportQuery} />
        </div>
        {rows.length === 0 ? (
          <p>{t("empty")}</p>
        ) : (
          <TrackerTable
            rows={rows}
            sectors={options.sectors}
            query={kept}
            sort={query.sort}
            dir={query.dir}
            locale={locale}
            deadlines={deadlines}
          />
        )}
      </div>
    </>
  );
}
