import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { noteBackLink, noteSubject } from "@/components/notes/note-back-link";
import { NoteForm } from "@/components/notes/note-form";
import { getNoteFormLabels } from "@/components/notes/note-form-labels";
import { PageHeading } from "@/components/plan/page-heading";
import { updateNoteAction } from "@/lib/actions/notes";
import { getViewer } from "@/lib/auth/session";
import { getNote } from "@/lib/data/notes";
import { DomainError } from "@/lib/errors";
import { redirect } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";
import { can } from "@/lib/notes/permissions";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolvePageLocale(params);
  return { title: (await getTranslations("Notes"))("editTitle"), robots: { index: false } };
}

export default async function EditNotePage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/notes/${id}/edit` } }, locale });
  const note = await getNote(viewer, id).catch((error: unknown) => {
    if (error instanceof DomainError) notFound();
    throw error;
  });
  if (!can(viewer, "edit", note)) notFound();
  const [t, formLabels] = await Promise.all([getTranslations("Notes"), getNoteFormLabels()]);
  return (
    <div className="max-w-3xl space-y-6">
      <PageHeading title={t("editTitle")} eyebrow={noteBackLink(note, noteSubject(note, locale) ?? t("backToPage"))} />
      <NoteForm
        action={updateNoteAction.bind(null, note.id)}
        idPrefix="edit-note"
        initialBody={note.body}
        initialVisibility={note.visibility}
        submitLabel={t("saveChanges")}
        labels={formLabels}
      />
    </div>
  );
}
