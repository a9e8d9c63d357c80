import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

type Policy = { id: string; number: number; titleEn: string; titleKo: string };

/** Marks a measure that one of the White House's four key policies draws on, wherever it is listed. */
export async function KeyPolicyBadges({ policies, locale }: { policies: Policy[]; locale: Locale }) {
  if (policies.length === 0) return null;
  const t = await getTranslations("KeyPolicy");
  return (
    <ul className="flex flex-wrap gap-1.5">
      {policies.map((policy) => (
        <li key={policy.id}>
          <Link
            href={`/#key-policy-${policy.id}`}
            className="inline-block rounded border border-violet-700 bg-violet-50 px-2 py-0.5 text-xs font-medium text-violet-900 hover:underline"
          >
            {t("badge", { number: policy.number, title: localized(policy, "title", locale) })}
          </Link>
        </li>
      ))}
    </ul>
  );
}
