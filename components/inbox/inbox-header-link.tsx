import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { countNewInboxCandidates } from "@/lib/data/inbox";
import { Link } from "@/lib/i18n/navigation";

/**
 * The header's "Inbox (n)" for signed-in analysts, rendered on the server: the count of
 * Federal Register documents waiting for a decision. Nothing for signed-out readers.
 */
export async function InboxHeaderLink() {
  const viewer = await getViewer();
  if (!viewer) return null;
  const [t, count] = await Promise.all([getTranslations("Nav"), countNewInboxCandidates()]);
  return (
    <Link
      href="/inbox"
      data-testid="inbox-link"
      className="flex items-center gap-1 text-sm font-semibold hover:underline"
    >
      {t("inbox")}
      <span className="rounded-full bg-white px-2 text-xs font-bold text-brand-900" data-testid="inbox-count">
        {count}
      </span>
      {/* Read out as "Inbox 3 documents waiting"; seen as "Inbox (3)". */}
      <span className="sr-only">{t("inboxWaiting", { count })}</span>
    </Link>
  );
}
