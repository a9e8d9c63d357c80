/**
 * A brief as a PDF laid out like a research brief: a title page with the period, the summary and
 * the period's chart of actions by status, then the changes by pillar and measure, by sector, the
 * deadlines and the numbered sources, with "n / N" page numbers. Same brief, same bytes: the document's dates are the period's end.
 */
import { markdownToPlainText } from "@/lib/notes/plain-text";
import { briefChart } from "./chart";
import { type BriefWords, briefWords } from "./labels";
import { writeStatusChart } from "./pdf-chart";
import { type Column, PdfWriter } from "./pdf-layout";
import type { Brief, BriefDeadline, BriefEvent, BriefMeasure, BriefNote, BriefSector } from "./types";

function columns(w: BriefWords, keys: [string, number][]): Column[] {
  return keys.map(([key, width]) => ({ label: w.t(`Briefs.columns.${key}` as "Briefs.columns.date"), width }));
}

function eventText(event: BriefEvent, w: BriefWords): string {
  const summary = event.summary ? ` — ${event.summary}` : "";
  return `${w.day(event.occurredOn)} · ${w.eventType(event.type)} · ${event.title}${summary} ${w.cited(event.sources)}`.trim();
}

function noteText(note: BriefNote, w: BriefWords): string {
  return `${w.day(note.day)} · ${note.author}: ${markdownToPlainText(note.body)}`;
}

function deadlineTable(pdf: PdfWriter, deadlines: BriefDeadline[], w: BriefWords) {
  pdf.table(
    columns(w, [
      ["state", 1.1],
      ["due", 1.8],
      ["metOn", 1.8],
      ["provision", 4],
      ["instrument", 1.6],
      ["measure", 1],
    ]),
    deadlines.map((d) => [
      w.deadlineState(d.state),
      w.day(d.dueOn),
      d.metOn ? w.day(d.metOn) : "",
      d.provision,
      d.instrument,
      d.measureIds.join(", "),
    ]),
  );
}

function writeMeasure(pdf: PdfWriter, measure: BriefMeasure, w: BriefWords) {
  pdf.heading(`${measure.id} ${measure.title}`, 4);
  if (measure.statusChanges.length > 0) {
    pdf.muted(w.t("Briefs.statusChanges"));
    pdf.table(
      columns(w, [
        ["date", 1.8],
        ["action", 2.4],
        ["status", 1.6],
        ["evidence", 4],
        ["by", 1.2],
      ]),
      measure.statusChanges.map((change) => [
        w.day(change.day),
        change.action ? `${change.action.id} ${change.action.title}` : w.t("Briefs.measureLevel"),
        `${w.status(change.status)} (${w.verification(change.verified)})`,
        `${change.reason} ${w.cited(change.sources)}`.trim(),
        change.author,
      ]),
    );
  }
  if (measure.events.length > 0) {
    pdf.muted(w.t("Briefs.events"));
    for (const event of measure.events) pdf.bullet(eventText(event, w));
  }
  if (measure.deadlines.length > 0) {
    pdf.muted(w.t("Briefs.deadlines"));
    deadlineTable(pdf, measure.deadlines, w);
  }
  if (measure.notes.length > 0) {
    pdf.muted(w.t("Briefs.notes"));
    for (const note of measure.notes) pdf.bullet(noteText(note, w));
  }
}

function writeSector(pdf: PdfWriter, sector: BriefSector, w: BriefWords) {
  pdf.heading(`${sector.name} (${w.horizon(sector.horizon)})`, 3);
  if (sector.measures.length === 0 && sector.notes.length === 0) pdf.muted(w.t("Briefs.nothing"));
  pdf.table(
    [
      { label: w.t("Briefs.columns.measure"), width: 5 },
      ...(["statusChanges", "events", "deadlines", "notes"] as const).map((key) => ({
        label: w.t(`Briefs.${key}`),
        width: 1.2,
      })),
    ],
    sector.measures.map((m) => [
      `${m.id} ${m.title}`,
      String(m.statusChanges),
      String(m.events),
      String(m.deadlines),
      String(m.notes),
    ]),
  );
  if (sector.events.length > 0) {
    // Their summaries are under the measures already; here the titles say which events moved the sector.
    pdf.muted(w.t("Briefs.events"));
    for (const event of sector.events) pdf.bullet(eventText({ ...event, summary: "" }, w));
  }
  if (sector.notes.length > 0) {
    pdf.muted(w.t("Briefs.notes"));
    for (const note of sector.notes) pdf.bullet(noteText(note, w));
  }
  if (sector.companies) {
    pdf.muted(w.t("Briefs.companies"));
    if (sector.companies.length === 0) pdf.paragraph(w.t("Briefs.noCompanies"), { size: 9 });
    pdf.table(
      columns(w, [
        ["company", 2],
        ["ticker", 1],
        ["market", 1],
        ["rationale", 5],
      ]),
      sector.companies.map((company) => [company.name, company.ticker, company.market, company.rationale]),
    );
  }
}

export async function briefToPdf(brief: Brief): Promise<Buffer> {
  const w = briefWords(brief.locale);
  const pdf = new PdfWriter({
    title: `${w.t("Briefs.title")} · ${w.period(brief.period)}`,
    date: new Date(`${brief.period.to}T00:00:00Z`),
    language: brief.locale === "ko" ? "ko-KR" : "en-US",
  });

  // The title page: the period, the day deadlines are judged on, and the counts.
  pdf.doc.moveDown(8);
  pdf.muted("AI Action Plan Tracker");
  pdf.title(w.t("Briefs.title"));
  pdf.paragraph(w.period(brief.period), { size: 14 });
  pdf.muted(w.t("Briefs.asOf", { date: w.day(brief.asOf) }));
  if (!brief.signedIn) pdf.muted(w.t("Briefs.signedOut"));
  pdf.heading(w.t("Briefs.summary"), 2);
  const counts = (["statusChanges", "events", "met", "missed", "coming", "notes"] as const).filter(
    (key) => brief.totals[key] !== null,
  );
  pdf.table(
    [
      { label: w.t("Briefs.summary"), width: 3 },
      { label: "#", width: 1 },
    ],
    counts.map((key) => [w.t(`Briefs.totals.${key}`), String(brief.totals[key])]),
  );
  writeStatusChart(pdf, briefChart(brief, w), w);

  pdf.heading(w.t("Briefs.byMeasure"), 1);
  const anyMeasure = brief.pillars.some((pillar) => pillar.measures.length > 0);
  if (!anyMeasure && brief.planWideEvents.length === 0) pdf.paragraph(w.t("Briefs.nothing"));
  if (brief.planWideEvents.length > 0) {
    pdf.heading(w.t("Briefs.planWide"), 3);
    for (const event of brief.planWideEvents) pdf.bullet(eventText(event, w));
  }
  for (const pillar of brief.pillars) {
    if (pillar.measures.length === 0) continue;
    pdf.heading(w.pillar(pillar.number, pillar.title), 2);
    for (const measure of pillar.measures) writeMeasure(pdf, measure, w);
  }

  pdf.heading(w.t("Briefs.bySector"), 1);
  for (const sector of brief.sectors) writeSector(pdf, sector, w);

  pdf.heading(w.t("Briefs.deadlines"), 1);
  const deadlines = [...brief.deadlines.met, ...brief.deadlines.missed, ...brief.deadlines.coming];
  if (deadlines.length === 0) pdf.paragraph(w.t("Briefs.nothing"));
  deadlineTable(pdf, deadlines, w);

  if (brief.sources.length > 0) {
    pdf.heading(w.t("Briefs.sources"), 1);
    for (const source of brief.sources) pdf.link(`[${source.number}] ${source.url}`, source.url);
  }
  return pdf.finish((page, pages) => w.t("Briefs.page", { page, pages }));
}
