import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { deleteCompanyAction, updateCompanyAction } from "@/lib/actions/companies";
import type { Viewer } from "@/lib/auth/session";
import { can } from "@/lib/companies/permissions";
import type { CompanyView } from "@/lib/data/companies";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { NoteMarkdown } from "@/lib/notes/markdown";
import { CompanyForm, type CompanyFormLabels } from "./company-form";

/**
 * One company: both names, market and ticker, the rationale through the note renderer, what it is
 * exposed to. Its author and admins get an edit form (in a disclosure) and a delete button.
 */
export async function CompanyCard({
  company,
  viewer,
  locale,
  formLabels,
  measureOptions,
  showSector = false,
}: {
  company: CompanyView;
  viewer: Viewer;
  locale: Locale;
  formLabels?: CompanyFormLabels;
  measureOptions?: { id: string; label: string }[];
  showSector?: boolean;
}) {
  const t = await getTranslations("Companies");
  const [first, second] = locale === "ko" ? [company.nameKo, company.nameEn] : [company.nameEn, company.nameKo];
  const mayEdit = can(viewer, "edit", { ...company, deletedAt: null });
  // The edit form offers the page's measures and whatever the company is already exposed to.
  const offered = measureOptions ?? [];
  const editOptions = [
    ...offered,
    ...company.measures
      .filter(({ measure }) => !offered.some((option) => option.id === measure.id))
      .map(({ measure }) => ({ id: measure.id, label: `${measure.id} ${localized(measure, "title", locale)}` })),
  ];
  return (
    <article
      id={`company-${company.id}`}
      aria-labelledby={`company-${company.id}-name`}
      className="scroll-mt-4 rounded-lg border border-slate-200 p-4"
      data-testid="company"
    >
      <header className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h3 id={`company-${company.id}-name`} className="font-semibold">
          {first} <span className="font-normal text-slate-700">({second})</span>
        </h3>
        <span className="rounded bg-slate-100 px-2 font-mono text-sm">
          {company.market} {company.ticker}
        </span>
        {company.visibility === "private" ? (
          <span className="rounded bg-amber-100 px-2 text-sm text-amber-900">{t("privateBadge")}</span>
        ) : null}
        {showSector ? (
          <Link href={`/sectors/${company.sector.id}`} className="text-sm text-brand-700 underline">
            {t("sector", { name: localized(company.sector, "name", locale) })}
          </Link>
        ) : null}
      </header>
      <NoteMarkdown body={company.rationale} />
      {company.measures.length + company.actions.length > 0 ? (
        <p className="mt-2 flex flex-wrap gap-2 text-sm">
          <span className="text-slate-700">{t("exposedTo")}:</span>
          {company.measures.map(({ measure }) => (
            <Link key={measure.id} href={`/measures/${measure.slug}`} className="text-brand-700 underline">
              {measure.id} {localized(measure, "title", locale)}
            </Link>
          ))}
          {company.actions.map(({ action }) => (
            <Link key={action.id} href={`/actions/${action.id}`} className="text-brand-700 underline">
              {action.id}
            </Link>
          ))}
        </p>
      ) : null}
      <footer className="mt-3 flex flex-wrap items-center gap-4 text-sm text-slate-700">
        <span>{t("addedBy", { name: company.author.name })}</span>
        {mayEdit ? <ActionButton action={deleteCompanyAction.bind(null, company.id)} label={t("delete")} /> : null}
      </footer>
      {mayEdit && formLabels ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-semibold text-brand-700">{t("edit")}</summary>
          <div className="mt-3">
            <CompanyForm
              action={updateCompanyAction.bind(null, company.id)}
              idPrefix={`edit-company-${company.id}`}
              labels={formLabels}
              submitLabel={t("saveChanges")}
              measureOptions={editOptions}
              initial={{
                nameKo: company.nameKo,
                nameEn: company.nameEn,
                ticker: company.ticker,
                market: company.market,
                rationale: company.rationale,
                visibility: company.visibility,
                measures: company.measures.map(({ measure }) => measure.id),
                actions: company.actions.map(({ action }) => action.id).join(", "),
              }}
            />
          </div>
        </details>
      ) : null}
    </article>
  );
}
