import { getFormatter, getTranslations } from "next-intl/server";
import type { EventType } from "@/lib/validations/vocabulary";

type Candidate = {
  documentNumber: string;
  title: string;
  documentType: string;
  agencies: { name: string; slug: string | null }[];
  publicationDate: string;
  abstract: string | null;
  htmlUrl: string;
  pdfUrl: string | null;
  eventType: EventType;
};

/** A Federal Register document as the inbox shows it: what it is, who issued it, where to read it. */
export async function CandidateSummary({
  candidate,
  headingLevel = 2,
}: {
  candidate: Candidate;
  headingLevel?: 2 | 3;
}) {
  const [t, tTimeline, format] = await Promise.all([
    getTranslations("Inbox"),
    getTranslations("Timeline"),
    getFormatter(),
  ]);
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="space-y-2">
      <p className="flex flex-wrap gap-x-3 text-sm text-slate-700">
        <span className="font-semibold">{candidate.documentType}</span>
        <span>
          {t("published", {
            date: format.dateTime(new Date(`${candidate.publicationDate}T00:00:00Z`), {
              dateStyle: "medium",
              timeZone: "UTC",
            }),
          })}
        </span>
        <span className="font-mono">{t("documentNumber", { number: candidate.documentNumber })}</span>
        <span>{t("mappedType", { type: tTimeline(`types.${candidate.eventType}`) })}</span>
      </p>
      <Heading className="text-lg font-bold" lang="en">
        {candidate.title}
      </Heading>
      {candidate.agencies.length ? (
        <p className="text-sm">
          <span className="font-semibold">{t("agencies")}:</span>{" "}
          <span lang="en">{candidate.agencies.map((agency) => agency.name).join(", ")}</span>
        </p>
      ) : null}
      <p className="text-sm text-slate-800" lang={candidate.abstract ? "en" : undefined}>
        {candidate.abstract ?? t("noAbstract")}
      </p>
      <p className="flex gap-4 text-sm">
        <a href={candidate.htmlUrl} className="font-semibold text-brand-700 underline" rel="noopener noreferrer">
          {t("readOriginal")}
        </a>
        {candidate.pdfUrl ? (
          <a href={candidate.pdfUrl} className="text-brand-700 underline" rel="noopener noreferrer">
            {t("pdf")}
          </a>
        ) : null}
      </p>
    </div>
  );
}
