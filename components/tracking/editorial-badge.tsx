import { getTranslations } from "next-intl/server";

/**
 * Marks a status change as the editors' assessment (seeded from the reference, signed by the
 * editorial account), so it is never mistaken for an analyst's.
 */
export async function EditorialBadge() {
  const t = await getTranslations("Timeline");
  return (
    <span
      className="inline-flex items-center rounded border border-violet-700 bg-violet-50 px-1.5 py-0.5 text-xs font-semibold text-violet-900"
      data-testid="editorial-badge"
    >
      {t("editorial")}
    </span>
  );
}
