/**
 * A brief as Markdown (GFM: headings, tables, lists), in the brief's language. Pure: the same
 * brief gives the same text. Notes are quoted as their authors wrote them; every other text is
 * escaped, so a title with `*` or `|` stays a title.
 */
import { IMPLEMENTATION_STATUSES } from "@/lib/validations/vocabulary";
import { briefChart } from "./chart";
import { type BriefWords, briefWords } from "./labels";
import type { Brief, BriefDeadline, BriefEvent, BriefMeasure, BriefNote, BriefSector } from "./types";

/** Text that Markdown must show as written (titles, reasons, names). */
export function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, " ").replace(/([\\`*_[\]<>|#~])/g, "\\$1");
}

function table(head: string[], rows: string[][]): string[] {
  if (rows.length === 0) return [];
  return [
    `| ${head.join(" | ")} |`,
    `| ${head.map(() => "---").join(" | ")} |`,
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
  ];
}

/** The period's chart as its numbers: a column per month, a row per status, then the totals. */
function chartSection(brief: Brief, w: BriefWords): string[] {
  const chart = briefChart(brief, w);
  if (chart.bars.length === 0) return [];
  return [
    `**${escapeMarkdown(chart.title)}**`,
    "",
    ...table(
      [w.t("Charts.monthColumn"), ...chart.bars.map((bar) => escapeMarkdown(bar.label))],
      [
        ...IMPLEMENTATION_STATUSES.map((status) => [
          w.status(status),
          ...chart.bars.map((bar) => String(bar.counts[status])),
        ]),
        [w.t("Charts.totalColumn"), ...chart.bars.map((bar) => String(bar.total))],
      ],
    ),
    `_${escapeMarkdown(chart.rule)}_`,
    "",
  ];
}

function quote(note: BriefNote, w: BriefWords): string[] {
  const byline = `${w.day(note.day)} · ${escapeMarkdown(note.author)}`;
  return [`> **${byline}**`, ">", ...note.body.split("\n").map((line) => (line ? `> ${line}` : ">")), ""];
}

function eventLine(event: BriefEvent, w: BriefWords): string {
  const summary = event.summary ? ` — ${escapeMarkdown(event.summary)}` : "";
  return `- ${w.day(event.occurredOn)} · ${w.eventType(event.type)} · **${escapeMarkdown(event.title)}**${summary} ${w.cited(event.sources)}`.trimEnd();
}

function deadlineRows(deadlines: BriefDeadline[], w: BriefWords): string[][] {
  return deadlines.map((d) => [
    w.deadlineState(d.state),
    w.day(d.dueOn),
    d.metOn ? w.day(d.metOn) : "",
    escapeMarkdown(d.provision),
    escapeMarkdown(d.instrument),
    d.measureIds.join(", "),
  ]);
}

function deadlineTable(deadlines: BriefDeadline[], w: BriefWords): string[] {
  const c = (key: string) => w.t(`Briefs.columns.${key}` as "Briefs.columns.date");
  return table(
    [c("state"), c("due"), c("metOn"), c("provision"), c("instrument"), c("measure")],
    deadlineRows(deadlines, w),
  );
}

function measureSection(measure: BriefMeasure, w: BriefWords): string[] {
  const c = (key: string) => w.t(`Briefs.columns.${key}` as "Briefs.columns.date");
  const lines = [`#### ${measure.id} ${escapeMarkdown(measure.title)}`, ""];
  if (measure.statusChanges.length > 0) {
    lines.push(`**${w.t("Briefs.statusChanges")}**`, "");
    lines.push(
      ...table(
        [c("date"), c("action"), c("status"), c("evidence"), c("by")],
        measure.statusChanges.map((change) => [
          w.day(change.day),
          change.action ? `${change.action.id} ${escapeMarkdown(change.action.title)}` : w.t("Briefs.measureLevel"),
          `${w.status(change.status)} (${w.verification(change.verified)})`,
          `${escapeMarkdown(change.reason)} ${w.cited(change.sources)}`.trim(),
          escapeMarkdown(change.author),
        ]),
      ),
    );
  }
  if (measure.events.length > 0)
    lines.push(`**${w.t("Briefs.events")}**`, "", ...measure.events.map((e) => eventLine(e, w)), "");
  if (measure.deadlines.length > 0)
    lines.push(`**${w.t("Briefs.deadlines")}**`, "", ...deadlineTable(measure.deadlines, w));
  if (measure.notes.length > 0)
    lines.push(`**${w.t("Briefs.notes")}**`, "", ...measure.notes.flatMap((note) => quote(note, w)));
  return lines;
}

function sectorSection(sector: BriefSector, w: BriefWords): string[] {
  const c = (key: string) => w.t(`Briefs.columns.${key}` as "Briefs.columns.date");
  const lines = [`### ${escapeMarkdown(sector.name)} (${w.horizon(sector.horizon)})`, ""];
  const quiet = sector.measures.length === 0 && sector.notes.length === 0;
  if (quiet) lines.push(w.t("Briefs.nothing"), "");
  lines.push(
    ...table(
      [c("measure"), w.t("Briefs.statusChanges"), w.t("Briefs.events"), w.t("Briefs.deadlines"), w.t("Briefs.notes")],
      sector.measures.map((m) => [
        `${m.id} ${escapeMarkdown(m.title)}`,
        String(m.statusChanges),
        String(m.events),
        String(m.deadlines),
        String(m.notes),
      ]),
    ),
  );
  if (sector.events.length > 0)
    lines.push(`**${w.t("Briefs.events")}**`, "", ...sector.events.map((e) => eventLine(e, w)), "");
  if (sector.notes.length > 0)
    lines.push(`**${w.t("Briefs.notes")}**`, "", ...sector.notes.flatMap((note) => quote(note, w)));
  if (sector.companies) {
    lines.push(`**${w.t("Briefs.companies")}**`, "");
    if (sector.companies.length === 0) lines.push(w.t("Briefs.noCompanies"), "");
    lines.push(
      ...table(
        [c("company"), c("ticker"), c("market"), c("rationale")],
        sector.companies.map((company) => [
          escapeMarkdown(company.name),
          escapeMarkdown(company.ticker),
          escapeMarkdown(company.market),
          escapeMarkdown(company.rationale),
        ]),
      ),
    );
  }
  return lines;
}

export function briefToMarkdown(brief: Brief): string {
  const w = briefWords(brief.locale);
  const { totals } = brief;
  const lines = [
    `# ${w.t("Briefs.title")}`,
    "",
    `**${w.t("Briefs.periodHeading")}:** ${w.period(brief.period)}`,
    "",
    w.t("Briefs.asOf", { date: w.day(brief.asOf) }),
    "",
  ];
  if (!brief.signedIn) lines.push(`_${w.t("Briefs.signedOut")}_`, "");

  lines.push(`## ${w.t("Briefs.summary")}`, "");
  const counts: [string, number | null][] = [
    ["statusChanges", totals.statusChanges],
    ["events", totals.events],
    ["met", totals.met],
    ["missed", totals.missed],
    ["coming", totals.coming],
    ["notes", totals.notes],
  ];
  lines.push(
    ...table(
      [w.t("Briefs.summary"), "#"],
      counts
        .filter(([, count]) => count !== null)
        .map(([key, count]) => [w.t(`Briefs.totals.${key}` as "Briefs.totals.events"), String(count)]),
    ),
    ...chartSection(brief, w),
  );

  lines.push(`## ${w.t("Briefs.byMeasure")}`, "");
  const anyMeasure = brief.pillars.some((pillar) => pillar.measures.length > 0);
  if (!anyMeasure && brief.planWideEvents.length === 0) lines.push(w.t("Briefs.nothing"), "");
  if (brief.planWideEvents.length > 0)
    lines.push(`### ${w.t("Briefs.planWide")}`, "", ...brief.planWideEvents.map((e) => eventLine(e, w)), "");
  for (const pillar of brief.pillars) {
    if (pillar.measures.length === 0) continue;
    lines.push(`### ${escapeMarkdown(w.pillar(pillar.number, pillar.title))}`, "");
    for (const measure of pillar.measures) lines.push(...measureSection(measure, w));
  }

  lines.push(`## ${w.t("Briefs.bySector")}`, "");
  for (const sector of brief.sectors) lines.push(...sectorSection(sector, w));

  lines.push(`## ${w.t("Briefs.deadlines")}`, "");
  const all = [...brief.deadlines.met, ...brief.deadlines.missed, ...brief.deadlines.coming];
  if (all.length === 0) lines.push(w.t("Briefs.nothing"), "");
  lines.push(...deadlineTable(all, w));

  if (brief.sources.length > 0) {
    lines.push(`## ${w.t("Briefs.sources")}`, "");
    lines.push(...brief.sources.map((source) => `${source.number}. <${source.url}>`), "");
  }
  return `${lines.join("\n").trimEnd()}\n`;
}
