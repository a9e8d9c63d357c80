import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { PageHeading } from "@/components/plan/page-heading";
import { getViewer } from "@/lib/auth/session";
import { listActionOptions } from "@/lib/data/actions";
import { listTrackingOptions } from "@/lib/data/timeline-options";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { EventForm, type EventFormValues } from "./event-form";
import { getEventFormLabels } from "./tracking-labels";

/** The add / edit event page body: the form for a signed-in analyst, a sign-in link otherwise. */
export async function EventEditor({
  title,
  values,
  locale,
  returnPath,
  children,
}: {
  title: string;
  values: EventFormValues;
  locale: Locale;
  returnPath: string;
  children?: ReactNode;
}) {
  const [t, viewer, options, actions, formLabels] = await Promise.all([
    getTranslations("Timeline"),
    getViewer(),
    listTrackingOptions(),
    listActionOptions(),
    getEventFormLabels(),
  ]);
  return (
    <>
      <PageHeading title={title} />
      {viewer ? (
        <EventForm
          values={values}
          measures={options.measures.map((measure) => ({ id: measure.id, title: localized(measure, "title", locale) }))}
          actions={actions.map((action) => ({ id: action.id, title: localized(action, "title", locale) }))}
          labels={formLabels}
        />
      ) : (
        <p>
          <Link
            href={{ pathname: "/sign-in", query: { next: returnPath } }}
            className="font-semibold text-brand-700 underline"
          >
            {t("signInToEdit")}
          </Link>
        </p>
      )}
      {children}
    </>
  );
}
