import type { ReactNode } from "react";
import type { BriefWords } from "@/lib/briefs/labels";
import type { BriefDeadline, BriefEvent, BriefNote, BriefStatusChange } from "@/lib/briefs/types";
import { NoteMarkdown } from "@/lib/notes/markdown";
import { BriefTable, Cited } from "./brief-table";

/** The pieces a brief repeats under measures and sectors: events, status changes, deadlines, notes. */
export function BriefEvents({ events, w }: { events: BriefEvent[]; w: BriefWords }) {
  if (events.length === 0) return null;
  return (
    <ul className="list-disc space-y-1 pl-5 text-sm">
      {events.map((event) => (
        <li key={event.id}>
          <time dateTime={event.occurredOn}>{w.day(event.occurredOn)}</time> · {w.eventType(event.type)} ·{" "}
          <strong>{event.title}</strong>
          {event.summary ? <span className="text-slate-700"> — {event.summary}</span> : null}
          <Cited numbers={event.sources} />
        </li>
      ))}
    </ul>
  );
}

export function BriefStatusChanges({ changes, w }: { changes: BriefStatusChange[]; w: BriefWords }) {
  const c = (key: string) => w.t(`Briefs.columns.${key}` as "Briefs.columns.date");
  return (
    <BriefTable
      caption={w.t("Briefs.statusChanges")}
      head={[c("date"), c("action"), c("status"), c("evidence"), c("by")]}
      rows={changes.map((change) => [
        <time key="day" dateTime={change.day}>
          {w.day(change.day)}
        </time>,
        change.action ? `${change.action.id} ${change.action.title}` : w.t("Briefs.measureLevel"),
        `${w.status(change.status)} (${w.verification(change.verified)})`,
        <span key="evidence">
          {change.reason}
          <Cited numbers={change.sources} />
        </span>,
        change.author,
      ])}
    />
  );
}

export function BriefDeadlines({ deadlines, w }: { deadlines: BriefDeadline[]; w: BriefWords }) {
  const c = (key: string) => w.t(`Briefs.columns.${key}` as "Briefs.columns.date");
  return (
    <BriefTable
      caption={w.t("Briefs.deadlines")}
      head={[c("state"), c("due"), c("metOn"), c("provision"), c("instrument"), c("measure")]}
      rows={deadlines.map((deadline) => [
        <strong key="state">{w.deadlineState(deadline.state)}</strong>,
        w.day(deadline.dueOn),
        deadline.metOn ? w.day(deadline.metOn) : "",
        deadline.provision,
        deadline.instrument,
        deadline.measureIds.join(", "),
      ])}
    />
  );
}

export function BriefNotes({ notes, w }: { notes: BriefNote[]; w: BriefWords }) {
  if (notes.length === 0) return null;
  return (
    <ul className="space-y-3">
      {notes.map((note) => (
        <li key={note.id} className="rounded border border-slate-200 p-3">
          <p className="mb-1 text-xs font-semibold text-slate-700">
            <time dateTime={note.day}>{w.day(note.day)}</time> · {note.author}
          </p>
          <NoteMarkdown body={note.body} />
        </li>
      ))}
    </ul>
  );
}

/** A small heading inside a measure or a sector. */
export function BriefPart({ title, level, children }: { title: string; level: 4 | 5; children: ReactNode }) {
  const Heading = level === 4 ? "h4" : "h5";
  return (
    <div className="space-y-2">
      <Heading className="text-sm font-semibold text-slate-800">{title}</Heading>
      {children}
    </div>
  );
}
