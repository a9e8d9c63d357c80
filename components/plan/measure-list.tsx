import { getViewer } from "@/lib/auth/session";
import { listMeasureOverviews } from "@/lib/data/measure-overview";
import type { MeasureSummary } from "@/lib/data/pillars";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { KeyPolicyBadges } from "./key-policy-badges";
import { MeasureIdBadge } from "./measure-id-badge";
import { MeasureOverviewLine } from "./measure-overview-line";
import { SectorChips } from "./sector-chip";

/** A pillar's measures in order, each with its status, a short summary and its sector chips. */
export async function MeasureList({
  measures,
  locale,
  noSectorsLabel,
}: {
  measures: MeasureSummary[];
  locale: Locale;
  noSectorsLabel: string;
}) {
  const overviews = await listMeasureOverviews(await getViewer());
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
          <MeasureOverviewLine overview={overviews.of(measure.id)} locale={locale} />
          <p className="line-clamp-3 text-sm text-slate-700">{localized(measure, "summary", locale)}</p>
          <SectorChips sectors={measure.sectors} locale={locale} emptyLabel={noSectorsLabel} />
          <KeyPolicyBadges policies={measure.keyPolicies} locale={locale} />
        </li>
      ))}
    </ol>
  );
}
