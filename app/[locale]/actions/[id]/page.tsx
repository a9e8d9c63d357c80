import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionStatusForm } from "@/components/actions/action-status-form";
import { AgencyLinks } from "@/components/actions/agency-links";
import { StatusHistory } from "@/components/actions/status-history";
import { DeadlineSection } from "@/components/deadlines/deadline-list";
import { MeasureIdBadge } from "@/components/plan/measure-id-badge";
import { PageHeading } from "@/components/plan/page-heading";
import { StatusBadge } from "@/components/tracking/status-badge";
import { getStatusFormLabels } from "@/components/tracking/tracking-labels";
import { getViewer } from "@/lib/auth/session";
import { getActionById } from "@/lib/data/actions";
import { listDeadlines } from "@/lib/data/deadlines";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { actionIdParamSchema } from "@/lib/validations/tracker";

type Props = { params: Promise<{ locale: string; id: string }> };

async function findAction(raw: string) {
  const id = actionIdParamSchema.safeParse(decodeURIComponent(raw));
  return id.success ? getActionById(id.data) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const action = await findAction((await params).id);
  if (!action) return {};
  return {
    title: `${action.id} ${localized(action, "title", locale)}`,
    description: localized(action, "summary", locale),
  };
}

/** One recommended action: summary, agencies, sources, status and its history, events, and the analysts' form. */
export default async function ActionPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const action = await findAction((await params).id);
  if (!action) notFound();
  const [t, ts, tt, format, viewer, formLabels, deadlines] = await Promise.all([
    getTranslations("Actions"),
    getTranslations("Status"),
    getTranslations("Timeline"),
    getFormatter(),
    getViewer(),
    getStatusFormLabels(),
    listDeadlines({ actionId: action.id }),
  ]);
  return (
    <>
      <PageHeading
        eyebrow={
          <>
            {t("label")} <span className="font-mono">{action.id}</span>
          </>
        }
        title={localized(action, "title", locale)}
        lead={<p>{localized(action, "summary", locale)}</p>}
      />
      <dl className="mb-8 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-[10rem_1fr]">
        <dt className="font-semibold">{t("measure")}</dt>
        <dd>
          <Link href={`/measures/${action.measure.slug}`} className="inline-flex gap-2 text-brand-700 underline">
            <MeasureIdBadge id={action.measure.id} /> {localized(action.measure, "title", locale)}
          </Link>
        </dd>
        <dt className="font-semibold">{t("leads")}</dt>
        <dd data-testid="action-leads">
          <AgencyLinks agencies={action.leads} locale={locale} empty={t("noLead")} />
        </dd>
        <dt className="font-semibold">{t("partners")}</dt>
        <dd data-testid="action-partners">
          <AgencyLinks agencies={action.partners} locale={locale} empty={t("noPartners")} />
        </dd>
        <dt className="font-semibold">{t("sourcesHeading")}</dt>
        <dd>
          {action.sources.length === 0 ? (
            t("noSources")
          ) : (
            <ul>
              {action.sources.map((source) => (
                <li key={source.id}>
                  {source.url ? (
                    <a href={source.url} className="text-brand-700 underline" rel="noopener noreferrer">
                      {source.identifier ? `${source.identifier} · ` : ""}
                      {localized(source, "title", locale)}
                    </a>
                  ) : (
                    <>
                      {source.identifier ? `${source.identifier} · ` : ""}
                      {localized(source, "title", locale)}
                    </>
                  )}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </dl>

      <section aria-labelledby="status-heading" className="mb-10" data-testid="action-status">
        <h2 id="status-heading" className="mb-3 text-lg font-bold">
          {ts("heading")}
        </h2>
        <p className="flex flex-wrap items-center gap-2">
          <StatusBadge
            status={action.status.status}
            verified={action.status.verified}
            showVerification={Boolean(action.status.changedAt)}
          />
          <span className="text-sm text-slate-700">
            {action.status.changedAt
              ? ts("changedOn", { date: format.dateTime(action.status.changedAt, { dateStyle: "long" }) })
              : ts("noHistory")}
          </span>
        </p>
        <h3 className="mb-2 mt-6 font-bold">{ts("historyHeading")}</h3>
        <StatusHistory entries={action.history} />
        <div className="mt-6">
          {viewer ? (
            <ActionStatusForm
              actionId={action.id}
              current={action.status.status}
              labels={{ ...formLabels, formIntro: t("formIntro") }}
            />
          ) : (
            <p className="text-sm">
              <Link
                href={{ pathname: "/sign-in", query: { next: `/actions/${action.id}` } }}
                className="font-semibold text-brand-700 underline"
              >
                {ts("signInToEdit")}
              </Link>
            </p>
          )}
        </div>
      </section>

      <section aria-labelledby="events-heading">
        <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
          <h2 id="events-heading" className="text-lg font-bold">
            {t("eventsHeading")}
          </h2>
          {viewer ? (
            <Link
              href={{ pathname: "/events/new", query: { action: action.id } }}
              className="text-sm font-semibold text-brand-700 underline"
            >
              {t("addEvent")}
            </Link>
          ) : null}
        </div>
        {action.events.length === 0 ? (
          <p className="text-sm text-slate-700">{t("noEvents")}</p>
        ) : (
          <ol className="space-y-3" data-testid="action-events">
            {action.events.map((event) => (
              <li key={event.id} className="text-sm">
                <p className="text-slate-700">
                  <time dateTime={event.occurredOn}>{event.occurredOn}</time> ·{" "}
                  {tt(`types.${event.type}` as "types.other")}
                </p>
                <p className="font-semibold">
                  {(locale === "ko" ? (event.titleKo ?? event.titleEn) : (event.titleEn ?? event.titleKo)) ?? ""}
                </p>
                {event.sourceUrl ? (
                  <a
                    href={event.sourceUrl}
                    className="break-all text-brand-700 underline"
                    rel="noopener noreferrer nofollow"
                  >
                    {tt("source")}
                  </a>
                ) : null}
              </li>
            ))}
          </ol>
        )}
      </section>

      <div className="mt-10">
        <DeadlineSection
          deadlines={deadlines}
          locale={locale}
          calendarHref={`/feeds/measures/${action.measure.slug}.ics`}
        />
      </div>
    </>
  );
}
