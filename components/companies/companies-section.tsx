import { getTranslations } from "next-intl/server";
import { createCompanyAction } from "@/lib/actions/companies";
import { getViewer } from "@/lib/auth/session";
import { listActionCompanies, listMeasureCompanies, listSectorCompanies } from "@/lib/data/companies";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { CompanyCard } from "./company-card";
import { CompanyForm } from "./company-form";
import { getCompanyFormLabels } from "./company-form-labels";

type Scope =
  | { kind: "sector"; sectorId: string; measureOptions: { id: string; label: string }[] }
  | { kind: "measure"; measureId: string }
  | { kind: "action"; actionId: string };

/**
 * Companies for signed-in analysts: a sector's (with the form to add one), or those exposed to a
 * measure or an action. Signed-out readers get a sign-in link and no company at all.
 */
export async function CompaniesSection({
  scope,
  locale,
  signInReturnPath,
}: {
  scope: Scope;
  locale: Locale;
  signInReturnPath: string;
}) {
  const [t, viewer] = await Promise.all([getTranslations("Companies"), getViewer()]);
  const inSector = scope.kind === "sector";
  const heading = (
    <h2 id="companies-heading" className="mb-3 text-lg font-bold">
      {t(inSector ? "heading" : scope.kind === "measure" ? "measureHeading" : "actionHeading")}
    </h2>
  );
  if (!viewer) {
    return (
      <section aria-labelledby="companies-heading">
        {heading}
        <p className="text-sm text-slate-700">
          <Link href={{ pathname: "/sign-in", query: { next: signInReturnPath } }} className="text-brand-700 underline">
            {t(inSector ? "signInToRead" : "signInToReadExposed")}
          </Link>
        </p>
      </section>
    );
  }
  const [companies, formLabels] = await Promise.all([
    scope.kind === "sector"
      ? listSectorCompanies(viewer, scope.sectorId)
      : scope.kind === "measure"
        ? listMeasureCompanies(viewer, scope.measureId)
        : listActionCompanies(viewer, scope.actionId),
    inSector ? getCompanyFormLabels() : undefined,
  ]);
  const measureOptions = scope.kind === "sector" ? scope.measureOptions : undefined;
  return (
    <section aria-labelledby="companies-heading" className="space-y-4">
      {heading}
      {companies.length === 0 ? <p className="text-sm text-slate-700">{t(inSector ? "none" : "noneExposed")}</p> : null}
      <ul className="space-y-3">
        {companies.map((company) => (
          <li key={company.id}>
            <CompanyCard
              company={company}
              viewer={viewer}
              locale={locale}
              formLabels={formLabels}
              measureOptions={measureOptions}
              showSector={!inSector}
            />
          </li>
        ))}
      </ul>
      {scope.kind === "sector" && formLabels ? (
        <section aria-labelledby="add-company-heading" className="rounded-lg border border-slate-200 p-4">
          <h3 id="add-company-heading" className="mb-3 font-semibold">
            {t("add")}
          </h3>
          <CompanyForm
            action={createCompanyAction.bind(null, scope.sectorId)}
            idPrefix="new-company"
            labels={formLabels}
            submitLabel={t("save")}
            measureOptions={scope.measureOptions}
            resetOnSuccess
          />
        </section>
      ) : null}
      <p className="text-sm">
        {/* A route handler, not a page: a plain link, so the locale is not prefixed. */}
        <a href="/exports/companies.csv" className="text-brand-700 underline">
          {t("download")}
        </a>
      </p>
    </section>
  );
}
