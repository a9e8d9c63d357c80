import { StatusBadge } from "@/components/tracking/status-badge";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ImplementationStatus } from "@/lib/validations/vocabulary";

type Item = {
  id: string;
  titleEn: string;
  titleKo: string;
  status: { status: ImplementationStatus; verified: boolean; changedAt: Date | null };
};

/** Actions as a list of links with their status (agency and measure pages). */
export function ActionList({ actions, locale, testId }: { actions: Item[]; locale: Locale; testId?: string }) {
  return (
    <ul className="space-y-2" data-testid={testId}>
      {actions.map((action) => (
        <li key={action.id} className="flex flex-wrap items-center gap-2 text-sm">
          <Link href={`/actions/${action.id}`} className="text-brand-700 underline">
            <span className="font-mono font-semibold">{action.id}</span> {localized(action, "title", locale)}
          </Link>
          <StatusBadge
            status={action.status.status}
            verified={action.status.verified}
            showVerification={Boolean(action.status.changedAt)}
          />
        </li>
      ))}
    </ul>
  );
}
