import { type BriefWords, briefWords } from "@/lib/briefs/labels";
import type { Brief, BriefMeasure, BriefSector } from "@/lib/briefs/types";
import { Link } from "@/lib/i18n/navigation";
import { BriefChart } from "./brief-chart";
import { BriefDeadlines, BriefEvents, BriefNotes, BriefPart, BriefStatusChanges } from "./brief-items";
import { BriefTable } from "./brief-table";

const section = "space-y-4 border-t border-slate-200 pt-6";

function MeasureChanges({ measure, w }: { measure: BriefMeasure; w: BriefWords }) {
  return (
    <article className="space-y-3">
      <h4 className="font-semibold">
        <Link href={`/measures/${measure.slug}`} className="text-brand-700 underline">
          {measure.id} {measure.title}
        </Link>
      </h4>
      {measure.statusChanges.length > 0 ? (
        <BriefPart level={5} title={w.t("Briefs.statusChanges")}>
          <BriefStatusChanges changes={measure.statusChanges} w={w} />
        </BriefPart>
      ) : null}
      {measure.events.length > 0 ? (
        <BriefPart level={5} title={w.t("Briefs.events")}>
          <BriefEvents events={measure.events} w={w} />
        </BriefPart>
      ) : null}
      {measure.deadlines.length > 0 ? (
        <BriefPart level={5} title={w.t("Briefs.deadlines")}>
          <BriefDeadlines deadlines={measure.deadlines} w={w} />
        </BriefPart>
      ) : null}
      {measure.notes.length > 0 ? (
        <BriefPart level={5} title={w.t("Briefs.notes")}>
          <BriefNotes notes={measure.notes} w={w} />
        </BriefPart>
      ) : null}
    </article>
  );
}

function SectorChanges({ sector, w }: { sector: BriefSector; w: BriefWords }) {
  const c = (key: string) => w.t(`Briefs.columns.${key}` as "Briefs.columns.date");
  return (
    <article className="space-y-3">
      <h3 className="text-lg font-semibold">
        <Link href={`/sectors/${sector.id}`} className="text-brand-700 underline">
          {sector.name}
        </Link>{" "}
        <span className="text-sm font-normal text-slate-700">({w.horizon(sector.horizon)})</span>
      </h3>
      {sector.measures.length === 0 && sector.notes.length === 0 ? (
        <p className="text-sm text-slate-700">{w.t("Briefs.nothing")}</p>
      ) : null}
      <BriefTable
        caption={w.t("Briefs.measures")}
        head={[
          c("measure"),
          w.t("Briefs.statusChanges"),
          w.t("Briefs.events"),
          w.t("Briefs.deadlines"),
          w.t("Briefs.notes"),
        ]}
        rows={sector.measures.map((m) => [`${m.id} ${m.title}`, m.statusChanges, m.events, m.deadlines, m.notes])}
      />
      {sector.events.length > 0 ? (
        <BriefPart level={4} title={w.t("Briefs.events")}>
          <BriefEvents events={sector.events} w={w} />
        </BriefPart>
      ) : null}
      {sector.notes.length > 0 ? (
        <BriefPart level={4} title={w.t("Briefs.notes")}>
          <BriefNotes notes={sector.notes} w={w} />
        </BriefPart>
      ) : null}
      {sector.companies ? (
        <BriefPart level={4} title={w.t("Briefs.companies")}>
          {sector.companies.length === 0 ? <p className="text-sm text-slate-700">{w.t("Briefs.noCompanies")}</p> : null}
          <BriefTable
            caption={w.t("Briefs.companies")}
            head={[c("company"), c("ticker"), c("market"), c("rationale")]}
            rows={sector.companies.map((company) => [company.name, company.ticker, company.market, company.rationale])}
          />
        </BriefPart>
      ) : null}
    </article>
  );
}

/**
 * A brief laid out as a page, from the same data and words as its Markdown and PDF. The summary
 * ends with the period's chart of actions by status, and its table.
 */
export function BriefView({ brief }: { brief: Brief }) {
  const w = briefWords(brief.locale);
  const { totals } = brief;
  const counts = (["statusChanges", "events", "met", "missed", "coming", "notes"] as const).filter(
    (key) => totals[key] !== null,
  );
  const deadlines = [...brief.deadlines.met, ...brief.deadlines.missed, ...brief.deadlines.coming];
  const anyMeasure = brief.pillars.some((pillar) => pillar.measures.length > 0);
  return (
    <div className="space-y-8">
      <section aria-labelledby="brief-summary" className="space-y-3">
        <h2 id="brief-summary" className="text-xl font-bold">
          {w.t("Briefs.summary")} · {w.period(brief.period)}
        </h2>
        <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
          {counts.map((key) => (
            <div key={key} className="rounded border border-slate-200 p-3">
              <dt className="text-xs text-slate-700">{w.t(`Briefs.totals.${key}`)}</dt>
              <dd className="text-2xl font-bold">{totals[key]}</dd>
            </div>
          ))}
        </dl>
        <p className="text-sm text-slate-700">{w.t("Briefs.asOf", { date: w.day(brief.asOf) })}</p>
        {brief.signedIn ? null : <p className="text-sm text-slate-700">{w.t("Briefs.signedOut")}</p>}
        <BriefChart brief={brief} w={w} />
      </section>

      <section aria-labelledby="brief-by-measure" className={section}>
        <h2 id="brief-by-measure" className="text-xl font-bold">
          {w.t("Briefs.byMeasure")}
        </h2>
        {!anyMeasure && brief.planWideEvents.length === 0 ? (
          <p className="text-sm text-slate-700">{w.t("Briefs.nothing")}</p>
        ) : null}
        {brief.planWideEvents.length > 0 ? (
          <div className="space-y-2">
            <h3 className="text-lg font-semibold">{w.t("Briefs.planWide")}</h3>
            <BriefEvents events={brief.planWideEvents} w={w} />
          </div>
        ) : null}
        {brief.pillars
          .filter((pillar) => pillar.measures.length > 0)
          .map((pillar) => (
            <div key={pillar.id} className="space-y-4">
              <h3 className="text-lg font-semibold">{w.pillar(pillar.number, pillar.title)}</h3>
              {pillar.measures.map((measure) => (
                <MeasureChanges key={measure.id} measure={measure} w={w} />
              ))}
            </div>
          ))}
      </section>

      <section aria-labelledby="brief-by-sector" className={section}>
        <h2 id="brief-by-sector" className="text-xl font-bold">
          {w.t("Briefs.bySector")}
        </h2>
        {brief.sectors.map((sector) => (
          <SectorChanges key={sector.id} sector={sector} w={w} />
        ))}
      </section>

      <section aria-labelledby="brief-deadlines" className={section}>
        <h2 id="brief-deadlines" className="text-xl font-bold">
          {w.t("Briefs.deadlines")}
        </h2>
        {deadlines.length === 0 ? <p className="text-sm text-slate-700">{w.t("Briefs.nothing")}</p> : null}
        <BriefDeadlines deadlines={deadlines} w={w} />
      </section>

      {brief.sources.length > 0 ? (
        <section aria-labelledby="brief-sources" className={section}>
          <h2 id="brief-sources" className="text-xl font-bold">
            {w.t("Briefs.sources")}
          </h2>
          <ol className="list-decimal space-y-1 pl-6 text-sm">
            {brief.sources.map((source) => (
              <li key={source.number} id={`source-${source.number}`} className="break-all">
                <a href={source.url} className="text-brand-700 underline" rel="noopener noreferrer">
                  {source.url}
                </a>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
