import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { AcceptForm } from "@/components/inbox/accept-form";
import { CandidateSummary } from "@/components/inbox/candidate-summary";
import { PageHeading } from "@/components/plan/page-heading";
import { getEventFormLabels } from "@/components/tracking/tracking-labels";
import { dismissCandidateAction } from "@/lib/actions/inbox";
import { getViewer } from "@/lib/auth/session";
import { getInboxCandidate } from "@/lib/data/inbox";
import { localized } from "@/lib/i18n/localized";
import { Link, redirect } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { candidateIdSchema } from "@/lib/validations/watch";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolvePageLocale(params);
  return { title: (await getTranslations("Inbox"))("title"), robots: { index: false } };
}

export default async function InboxCandidatePage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/inbox/${id}` } }, locale });
  const candidate = candidateIdSchema.safeParse(id).success ? await getInboxCandidate(id) : null;
  if (!candidate) notFound();
  const [t, format, eventLabels] = await Promise.all([getTranslations("Inbox"), getFormatter(), getEventFormLabels()]);
  const option = (action: { id: string; titleEn: string; titleKo: string }) => ({
    id: action.id,
    title: localized(action, "title", locale),
  });
  const suggested = candidate.suggestedIds.flatMap((suggestedId) => {
    const action = candidate.actions.find((entry) => entry.id === suggestedId);
    return action ? [option(action)] : [];
  });
  const others = candidate.actions.filter((action) => !candidate.suggestedIds.includes(action.id)).map(option);
  return (
    <div className="space-y-8">
      <PageHeading title={t("acceptHeading")} eyebrow={<Link href="/inbox">{t("backToInbox")}</Link>} />
      <CandidateSummary candidate={candidate} />
      {candidate.status === "new" ? (
        <>
          <section aria-labelledby="accept-heading" className="space-y-3">
            <h2 id="accept-heading" className="text-lg font-bold">
              {t("accept")}
            </h2>
            <p className="text-sm text-slate-700">{t("acceptIntro")}</p>
            <p className="text-sm text-slate-700">{t("suggestionNote")}</p>
            {candidate.actions.length ? (
              <AcceptForm
                values={{
                  candidateId: candidate.id,
                  type: candidate.eventType,
                  occurredOn: candidate.publicationDate,
                  titleEn: candidate.title,
                  summaryEn: candidate.abstract ?? "",
                }}
                suggested={suggested}
                actions={others}
                labels={{
                  ...eventLabels,
                  actionsLabel: t("actionsLabel"),
                  suggestedGroup: t("suggestedGroup"),
                  allActions: t("allActions"),
                  accept: t("accept"),
                }}
              />
            ) : (
              <p role="status">{t("noActions")}</p>
            )}
          </section>
          <section aria-labelledby="dismiss-heading" className="space-y-2">
            <h2 id="dismiss-heading" className="text-lg font-bold">
              {t("dismissHeading")}
            </h2>
            <ActionButton action={dismissCandidateAction.bind(null, candidate.id)} label={t("dismiss")} />
          </section>
        </>
      ) : (
        <p role="status">
          {t("decided", {
            status: t(candidate.status === "accepted" ? "accepted" : "dismissed"),
            name: candidate.decidedBy?.name ?? "—",
            date: candidate.decidedAt ? format.dateTime(candidate.decidedAt, { dateStyle: "medium" }) : "—",
          })}{" "}
          {candidate.eventId ? (
            <Link href={`/events/${candidate.eventId}/edit`} className="font-semibold text-brand-700 underline">
              {t("viewEvent")}
            </Link>
          ) : null}
        </p>
      )}
    </div>
  );
}
