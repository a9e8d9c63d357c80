import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { PageHeading } from "@/components/plan/page-heading";
import { RunWatchButton } from "@/components/watch/run-watch-button";
import { WatchQueryForm } from "@/components/watch/watch-query-form";
import { WatchRunTable } from "@/components/watch/watch-run-table";
import { removeWatchQueryAction, runWatchAction } from "@/lib/actions/watch";
import { getViewer } from "@/lib/auth/session";
import { getWatchRunSummary, listWatchQueries } from "@/lib/data/watch";
import { federalRegisterApiUrl } from "@/lib/federal-register/run-watch";
import { redirect } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { DOCUMENT_TYPE_CODES } from "@/lib/validations/watch";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolvePageLocale(params);
  return { title: (await getTranslations("Watch"))("title"), robots: { index: false } };
}

export default async function FederalRegisterAdminPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: "/admin/federal-register" } }, locale });
  const t = await getTranslations("Watch");
  if (viewer.role !== "admin")
    return (
      <>
        <PageHeading title={t("title")} />
        <p role="alert" className="rounded bg-amber-50 p-3 text-amber-900">
          {t("adminsOnly")}
        </p>
      </>
    );
  const [format, queries, runs] = await Promise.all([getFormatter(), listWatchQueries(), getWatchRunSummary()]);
  const typeName = (code: string) => t(`types.${code as (typeof DOCUMENT_TYPE_CODES)[number]}`);
  return (
    <div className="space-y-10">
      <PageHeading title={t("title")} lead={<p>{t("intro")}</p>} />
      <section aria-labelledby="queries-heading">
        <h2 id="queries-heading" className="mb-3 text-lg font-bold">
          {t("queriesHeading")}
        </h2>
        {queries.length ? (
          <ul className="space-y-2" data-testid="watch-queries">
            {queries.map((query) => (
              <li
                key={query.id}
                className="flex flex-wrap items-baseline gap-x-4 gap-y-1 rounded border border-slate-200 p-3"
              >
                <span className="font-semibold">{query.term ? `“${query.term}”` : t("anyTerm")}</span>
                <span className="text-sm">{query.agencies.length ? query.agencies.join(", ") : t("everyAgency")}</span>
                <span className="text-sm">
                  {query.documentTypes.length ? query.documentTypes.map(typeName).join(", ") : t("everyType")}
                </span>
                {query.actionIds.length ? (
                  <span className="text-sm">
                    {t("actionIds")}: {query.actionIds.join(", ")}
                  </span>
                ) : null}
                <span className="ml-auto">
                  <ActionButton action={removeWatchQueryAction.bind(null, query.id)} label={t("remove")} />
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("noQueries")}</p>
        )}
      </section>
      <section aria-labelledby="add-query-heading">
        <h2 id="add-query-heading" className="mb-3 text-lg font-bold">
          {t("addHeading")}
        </h2>
        <WatchQueryForm
          labels={{
            term: t("term"),
            agencies: t("agencies"),
            agenciesHint: t("agenciesHint"),
            documentTypes: t("documentTypes"),
            documentTypesHint: t("documentTypesHint"),
            actionIds: t("actionIds"),
            actionIdsHint: t("actionIdsHint"),
            add: t("add"),
            types: DOCUMENT_TYPE_CODES.map((code) => ({ value: code, label: typeName(code) })),
          }}
        />
      </section>
      <section aria-labelledby="run-heading" className="space-y-3">
        <h2 id="run-heading" className="text-lg font-bold">
          {t("runHeading")}
        </h2>
        <p className="text-sm text-slate-700">{t("runIntro", { url: federalRegisterApiUrl() })}</p>
        <p data-testid="last-success">
          {runs.lastSuccess
            ? t("lastSuccess", {
                date: format.dateTime(runs.lastSuccess.startedAt, { dateStyle: "medium", timeStyle: "short" }),
              })
            : t("neverRun")}
        </p>
        <RunWatchButton action={runWatchAction} label={t("run")} />
      </section>
      <WatchRunTable runs={runs.recent} />
    </div>
  );
}
