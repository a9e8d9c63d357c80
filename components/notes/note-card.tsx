import { getTranslations } from "next-intl/server";
import { ActionButton } from "@/components/forms/action-button";
import { deleteNoteAction } from "@/lib/actions/notes";
import type { Viewer } from "@/lib/auth/session";
import type { NoteView } from "@/lib/data/notes";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import { Link } from "@/lib/i18n/navigation";
import { NoteMarkdown } from "@/lib/notes/markdown";
import { can } from "@/lib/notes/permissions";

export async function NoteCard({ note, viewer }: { note: NoteView; viewer: Viewer }) {
  const [t, format] = await Promise.all([getTranslations("Notes"), getDateFormatter()]);
  const when = format.dateTime;
  const edited = note._count.revisions > 1;
  return (
    <article
      id={`note-${note.id}`}
      className="scroll-mt-4 rounded-lg border border-slate-200 p-4"
      aria-label={t("noteBy", { name: note.author.name })}
    >
      <header className="mb-2 flex flex-wrap items-baseline gap-x-3 gap-y-1 text-sm text-slate-700">
        <span className="font-semibold text-slate-900">{note.author.name}</span>
        <time dateTime={note.createdAt.toISOString()}>{when(note.createdAt)}</time>
        {edited ? <span>{t("editedAt", { when: when(note.updatedAt) })}</span> : null}
        <span
          className={
            note.visibility === "private" ? "rounded bg-amber-100 px-2 text-amber-900" : "rounded bg-slate-100 px-2"
          }
        >
          {t(note.visibility === "private" ? "private" : "shared")}
        </span>
      </header>
      <NoteMarkdown body={note.body} />
      <footer className="mt-3 flex flex-wrap items-center gap-4 text-sm">
        <Link href={`/notes/${note.id}/history`} className="text-brand-700 underline">
          {t("history", { count: note._count.revisions })}
        </Link>
        {can(viewer, "edit", note) ? (
          <>
            <Link href={`/notes/${note.id}/edit`} className="text-brand-700 underline">
              {t("edit")}
            </Link>
            <ActionButton action={deleteNoteAction.bind(null, note.id)} label={t("delete")} />
          </>
        ) : null}
      </footer>
    </article>
  );
}
