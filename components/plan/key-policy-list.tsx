import { getTranslations } from "next-intl/server";
import type { KeyPolicySummary } from "@/lib/data/plan";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { MeasureIdBadge } from "./measure-id-badge";

type Policy = Pick<KeyPolicySummary, "id" | "number" | "titleEn" | "titleKo" | "summaryEn" | "summaryKo"> & {
  measures?: KeyPolicySummary["measures"];
};

/** The four key policies the White House listed with the plan; with `measures`, each lists the measures it draws on. */
export async function KeyPolicyList({
  policies,
  locale,
  headingLevel = 3,
}: {
  policies: Policy[];
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("Home");
  const Heading = `h${headingLevel}` as const;
  return (
    <ol className="grid gap-4 sm:grid-cols-2">
      {policies.map((policy) => (
        <li key={policy.id} id={`key-policy-${policy.id}`} className="rounded-lg border border-slate-200 p-4">
          <Heading className="font-semibold text-slate-900">
            <span className="mr-2 text-brand-700">{policy.number}.</span>
            {localized(policy, "title", locale)}
          </Heading>
          <p className="mt-1 text-sm text-slate-700">{localized(policy, "summary", locale)}</p>
          {policy.measures ? (
            <ul className="mt-3 space-y-1 text-sm" aria-label={t("keyPoliciesHeading")}>
              {policy.measures.map((measure) => (
                <li key={measure.id}>
                  <Link
                    href={`/measures/${measure.slug}`}
                    className="text-brand-700 underline-offset-2 hover:underline"
                  >
                    <MeasureIdBadge id={measure.id} />
                    {localized(measure, "title", locale)}
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
