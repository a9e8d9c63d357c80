import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { createNoteAction, type NoteTargetRef, restoreNoteAction } from "@/lib/actions/notes";
import { getViewer } from "@/lib/auth/session";
import { listNotesFor, type NoteTarget } from "@/lib/data/notes";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import { Link } from "@/lib/i18n/navigation";
import { NOTES_PAGE_SIZE } from "@/lib/validations/notes";
import { NoteCard } from "./note-card";
import { NoteForm } from "./note-form";
import { getNoteFormLabels } from "./note-form-labels";

/** Notes on a measure or a sector: for signed-in analysts only (signed-out readers see none). */
export async function NotesSection({
  target,
  targetRef,
  signInReturnPath,
  limit = NOTES_PAGE_SIZE,
}: {
  target: NoteTarget;
  targetRef: NoteTargetRef;
  /** The page's own path: where sign-in returns to, and where "show more" points. */
  signInReturnPath: string;
  limit?: number;
}) {
  const [t, viewer] = await Promise.all([getTranslations("Notes"), getViewer()]);
  const heading = (
    <h2 id="notes-heading" className="mb-3 text-lg font-bold">
      {t("heading")}
    </h2>
  );
  if (!viewer) {
    return (
      <section aria-labelledby="notes-heading">
        {heading}
        <p className="text-sm text-slate-700">
          <Link href={{ pathname: "/sign-in", query: { next: signInReturnPath } }} className="text-brand-700 underline">
            {t("signInToRead")}
          </Link>
        </p>
      </section>
    );
  }
  const [{ notes, total, deleted }, formLabels, format] = await Promise.all([
    listNotesFor(viewer, target, limit),
    getNoteFormLabels(),
    getDateFormatter(),
  ]);
  return (
    <section aria-labelledby="notes-heading" className="space-y-4">
      {heading}
      <section aria-labelledby="write-note-heading" className="rounded-lg border border-slate-200 p-4">
        <h3 id="write-note-heading" className="mb-3 font-semibold">
          {t("write")}
        </h3>
        <NoteForm
          action={createNoteAction.bind(null, targetRef)}
          idPrefix="new-note"
          submitLabel={t("save")}
          labels={formLabels}
          resetOnSuccess
        />
      </section>
      {notes.length === 0 ? <p className="text-sm text-slate-700">{t("none")}</p> : null}
      <ul className="space-y-3">
        {notes.map((note) => (
          <li key={note.id}>
            <NoteCard note={note} viewer={viewer} />
          </li>
        ))}
      </ul>
      {total > notes.length ? (
        <p>
          <Link
            href={{
              pathname: signInReturnPath,
              query: { notes: notes.length + NOTES_PAGE_SIZE },
              hash: "notes-heading",
            }}
            className="text-sm font-semibold text-brand-700 underline"
          >
            {t("showMore", { shown: notes.length, total })}
          </Link>
        </p>
      ) : null}
      {deleted.length > 0 ? (
        <div>
          <h3 className="mb-2 text-base font-semibold">{t("deletedHeading")}</h3>
          <ul className="space-y-2 text-sm">
            {deleted.map((note) => (
              <li
                key={note.id}
                className="flex flex-wrap items-center gap-3 rounded border border-dashed border-slate-300 p-2"
              >
                <span className="line-clamp-1 max-w-md text-slate-700">{note.body.slice(0, 120)}</span>
                <span className="text-slate-600">
                  {t("restorableUntil", { when: format.date(note.restorableUntil) })}
                </span>
                <ActionButton action={restoreNoteAction.bind(null, note.id)} label={t("restore")} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
