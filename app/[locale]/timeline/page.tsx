import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/plan/page-heading";
import { ExportLinks } from "@/components/tracking/export-links";
import { TimelineFilters } from "@/components/tracking/timeline-filters";
import { TimelineList } from "@/components/tracking/timeline-list";
import { TimelinePager } from "@/components/tracking/timeline-pager";
import { getViewer } from "@/lib/auth/session";
import { listTimelinePage } from "@/lib/data/timeline";
import { listDueEntriesForPage } from "@/lib/data/timeline-due";
import { listTrackingOptions } from "@/lib/data/timeline-options";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { timelinePageSchema } from "@/lib/validations/paging";
import { readSearchParams, timelineFiltersSchema } from "@/lib/validations/timeline";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Timeline" });
  return { title: t("title"), description: t("intro") };
}

export default async function TimelinePage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const raw = readSearchParams(await searchParams);
  const parsed = timelineFiltersSchema.safeParse(raw);
  // A hand-edited URL with a bad filter shows everything, with a message, rather than an error page.
  const filters = parsed.success ? parsed.data : {};
  // A stale or hand-edited page link shows the first page, with a message.
  const pageParsed = timelinePageSchema.safeParse(raw);
  const page = parsed.success && pageParsed.success ? pageParsed.data : {};
  const [t, tp, options, timeline, viewer] = await Promise.all([
    getTranslations("Timeline"),
    getTranslations("TimelinePaging"),
    listTrackingOptions(),
    listTimelinePage(filters, page),
    getViewer(),
  ]);
  const { entries, total } = timeline;
  const due = await listDueEntriesForPage(parsed.success ? filters : {}, page, {
    newest: entries[0]?.date ?? null,
    oldest: entries.at(-1)?.date ?? null,
    hasNewer: Boolean(timeline.newer),
    hasOlder: Boolean(timeline.older),
  });
  const kept = Object.fromEntries(Object.entries(filters).filter(([, value]) => value)) as Record<string, string>;
  // The events export takes the same filters, except the timeline-only "status-change" type.
  const exportFilters = Object.entries(filters).filter(
    ([key, value]) => value && !(key === "type" && value === "status-change"),
  );
  const query = new URLSearchParams(exportFilters as [string, string][]).toString();

  return (
    <>
      <PageHeading title={t("title")} lead={<p>{t("intro")}</p>} />
      <div className="space-y-6">
        <TimelineFilters options={options} values={parsed.success ? raw : {}} locale={locale} />
        {parsed.success ? null : (
          <p role="alert" className="rounded bg-amber-50 p-2 text-sm text-amber-900">
            {t("invalidFilters", { message: parsed.error.issues[0].message })}
          </p>
        )}
        {!parsed.success || pageParsed.success ? null : (
          <p role="alert" className="rounded bg-amber-50 p-2 text-sm text-amber-900">
            {tp("invalidPage", { message: pageParsed.error.issues[0].message })}
          </p>
        )}
        <div className="flex flex-wrap items-center justify-between gap-3">
          <h2 className="text-base font-semibold">{t("count", { count: total })}</h2>
          <div className="flex flex-wrap items-center gap-4 text-sm">
            {viewer ? (
              <Link href="/events/new" className="font-semibold text-brand-700 underline">
                {t("addEvent")}
              </Link>
            ) : null}
            <ExportLinks kind="events" query={query} />
          </div>
        </div>
        {entries.length === 0 && due.length === 0 ? (
          <p>{t("noEvents")}</p>
        ) : (
          <TimelineList entries={entries} due={due} locale={locale} />
        )}
        <TimelinePager
          filters={kept}
          from={timeline.from}
          shown={entries.length}
          total={total}
          newer={timeline.newer}
          older={timeline.older}
        />
      </div>
    </>
  );
}
