import { getFormatter, getTranslations } from "next-intl/server";
import { EditorialBadge } from "@/components/tracking/editorial-badge";
import { StatusBadge } from "@/components/tracking/status-badge";
import { Link } from "@/lib/i18n/navigation";
import type { ImplementationStatus } from "@/lib/validations/vocabulary";

export type HistoryEntry = {
  id: string;
  status: ImplementationStatus;
  verified: boolean;
  reason: string;
  sourceUrls: string[];
  createdAt: Date;
  author: { name: string };
  /** Set on the editors' assessments: dated by their event's day, shown without a time. */
  seedKey?: string | null;
  /** Set on a measure page: the action it was recorded on, or null for a measure-level entry. */
  actionId?: string | null;
};

/** A status history, newest first: status, who and when, reason and sources. */
export async function StatusHistory({
  entries,
  testId = "status-history",
}: {
  entries: HistoryEntry[];
  testId?: string;
}) {
  const [t, format] = await Promise.all([getTranslations("Status"), getFormatter()]);
  if (entries.length === 0) return <p className="text-sm text-slate-700">{t("noHistory")}</p>;
  return (
    <ol className="space-y-3 border-l-2 border-slate-200 pl-4" data-testid={testId}>
      {entries.map((change) => (
        <li key={change.id} className="text-sm">
          <p className="flex flex-wrap items-center gap-2">
            {change.actionId === undefined ? null : change.actionId ? (
              <Link href={`/actions/${change.actionId}`} className="font-mono font-semibold text-brand-700 underline">
                {t("actionEntry", { id: change.actionId })}
              </Link>
            ) : (
              <span className="rounded bg-slate-100 px-1.5 font-semibold">{t("measureLevelEntry")}</span>
            )}
            <StatusBadge status={change.status} verified={change.verified} />
            {change.seedKey ? <EditorialBadge /> : null}
            <span className="text-slate-700">
              {change.author.name} ·{" "}
              {change.seedKey ? (
                <time dateTime={change.createdAt.toISOString().slice(0, 10)}>
                  {format.dateTime(change.createdAt, { dateStyle: "long" })}
                </time>
              ) : (
                <time dateTime={change.createdAt.toISOString()}>
                  {format.dateTime(change.createdAt, { dateStyle: "long", timeStyle: "short" })}
                </time>
              )}
            </span>
          </p>
          <p className="mt-1">
            <span className="font-semibold">{t("reason")}: </span>
            {change.reason}
          </p>
          <p className="mt-1">
            <span className="font-semibold">{t("sources")}: </span>
            {change.sourceUrls.map((url) => (
              <a
                key={url}
                href={url}
                className="mr-2 break-all text-brand-700 underline"
                rel="noopener noreferrer nofollow"
              >
                {url}
              </a>
            ))}
          </p>
        </li>
      ))}
    </ol>
  );
}
