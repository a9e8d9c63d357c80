import type { MeasureSummary } from "@/lib/data/pillars";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { KeyPolicyBadges } from "./key-policy-badges";
import { MeasureIdBadge } from "./measure-id-badge";
import { SectorChips } from "./sector-chip";

/** A pillar's measures in order, each with a short summary and its sector chips. */
export function MeasureList({
  measures,
  locale,
  noSectorsLabel,
}: {
  measures: MeasureSummary[];
  locale: Locale;
  noSectorsLabel: string;
}) {
  return (
    <ol className="divide-y divide-slate-200 rounded-lg border border-slate-200">
      {measures.map((measure) => (
        <li key={measure.id} id={measure.id} className="space-y-2 p-4">
          <h3 className="font-semibold">
            <Link href={`/measures/${measure.slug}`} className="text-brand-800 hover:underline">
              <MeasureIdBadge id={measure.id} />
              {localized(measure, "title", locale)}
            </Link>
          </h3>
          <p className="line-clamp-3 text-sm text-slate-700">{localized(measure, "summary", locale)}</p>
          <SectorChips sectors={measure.sectors} locale={locale} emptyLabel={noSectorsLabel} />
          <KeyPolicyBadges policies={measure.keyPolicies} locale={locale} />
        </li>
      ))}
    </ol>
  );
}
