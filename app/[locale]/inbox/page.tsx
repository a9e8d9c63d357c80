import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CandidateSummary } from "@/components/inbox/candidate-summary";
import { PageHeading } from "@/components/plan/page-heading";
import { getViewer } from "@/lib/auth/session";
import { listNewInboxCandidates } from "@/lib/data/inbox";
import { localized } from "@/lib/i18n/localized";
import { Link, redirect } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolvePageLocale(params);
  return { title: (await getTranslations("Inbox"))("title"), robots: { index: false } };
}

export default async function InboxPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: "/inbox" } }, locale });
  const [t, candidates] = await Promise.all([getTranslations("Inbox"), listNewInboxCandidates()]);
  return (
    <>
      <PageHeading title={t("title")} lead={<p>{t("intro")}</p>} />
      {candidates.length ? (
        <ol className="space-y-4" data-testid="inbox-candidates">
          {candidates.map((candidate) => (
            <li key={candidate.id} className="space-y-3 rounded border border-slate-200 p-4">
              <CandidateSummary candidate={candidate} />
              <div className="text-sm">
                <p className="font-semibold">{t("suggested")}</p>
                {candidate.suggestedActions.length ? (
                  <ul className="list-disc pl-5">
                    {candidate.suggestedActions.map((action) => (
                      <li key={action.id}>
                        <span className="font-mono font-semibold">{action.id}</span>{" "}
                        {localized(action, "title", locale)}
                      </li>
                    ))}
                  </ul>
                ) : (
                  <p>{t("noSuggestions")}</p>
                )}
              </div>
              <Link
                href={`/inbox/${candidate.id}`}
                aria-label={t("reviewLabel", { title: candidate.title })}
                className="inline-block rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-800"
              >
                {t("review")}
              </Link>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t("empty")}</p>
      )}
    </>
  );
}
