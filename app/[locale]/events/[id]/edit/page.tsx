import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeading } from "@/components/plan/page-heading";
import { EventEditor } from "@/components/tracking/event-editor";
import { getEventById, listEventRevisions } from "@/lib/data/events";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: "Timeline" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditEventPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const [t, format, event] = await Promise.all([getTranslations("Timeline"), getDateFormatter(), getEventById(id)]);
  if (!event) notFound();
  if (event.seedKey) {
    return (
      <>
        <PageHeading title={t("editTitle")} />
        <p>{t("seededReadOnly")}</p>
      </>
    );
  }
  const revisions = await listEventRevisions(id);
  return (
    <EventEditor
      title={t("editTitle")}
      locale={locale}
      returnPath={`/events/${id}/edit`}
      values={{
        id: event.id,
        type: event.type,
        occurredOn: event.occurredOn,
        titleEn: event.titleEn ?? "",
        titleKo: event.titleKo ?? "",
        summaryEn: event.summaryEn ?? "",
        summaryKo: event.summaryKo ?? "",
        sourceUrl: event.sourceUrl ?? "",
        measureIds: event.measures.map((measure) => measure.id),
        actionIds: event.actionIds,
      }}
    >
      {revisions.length > 0 ? (
        <section aria-labelledby="revisions-heading" className="mt-10">
          <h2 id="revisions-heading" className="mb-3 text-lg font-bold">
            {t("revisions")}
          </h2>
          <ol className="space-y-2 text-sm">
            {revisions.map((revision) => (
              <li key={revision.id} className="rounded border border-slate-200 p-3">
                <p className="font-semibold">
                  {t("revisionBy", {
                    name: revision.editor.name,
                    date: format.dateTime(revision.createdAt),
                  })}
                </p>
                <p className="text-slate-700">
                  {String(revision.snapshot.occurredOn ?? "")} ·{" "}
                  {String((locale === "ko" ? revision.snapshot.titleKo : revision.snapshot.titleEn) ?? "")}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </EventEditor>
  );
}
