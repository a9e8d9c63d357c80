import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EventEditor } from "@/components/tracking/event-editor";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ measure?: string | string[]; action?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Timeline" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewEventPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const [t, { measure, action }] = await Promise.all([getTranslations("Timeline"), searchParams]);
  // ?measure=II-1 preselects the measure the analyst came from; anything else is simply ignored.
  const preselected = typeof measure === "string" && /^(I|II|III)-\d{1,2}$/.test(measure) ? [measure] : [];
  // ?action=I-1.1 (from an action page) preselects that action, the same way.
  const preselectedActions = typeof action === "string" && /^(I|II|III)-\d{1,2}\.\d{1,2}$/.test(action) ? [action] : [];
  return (
    <EventEditor
      title={t("newTitle")}
      locale={locale}
      returnPath={
        preselectedActions.length
          ? `/events/new?action=${preselectedActions[0]}`
          : preselected.length
            ? `/events/new?measure=${preselected[0]}`
            : "/events/new"
      }
      values={{
        type: "other",
        occurredOn: "",
        titleEn: "",
        titleKo: "",
        summaryEn: "",
        summaryKo: "",
        sourceUrl: "",
        measureIds: preselected,
        actionIds: preselectedActions,
      }}
    />
  );
}
