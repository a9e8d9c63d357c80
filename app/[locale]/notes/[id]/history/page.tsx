import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { noteBackLink } from "@/components/notes/note-back-link";
import { RevisionDiff } from "@/components/notes/revision-diff";
import { PageHeading } from "@/components/plan/page-heading";
import { getViewer } from "@/lib/auth/session";
import { getNote, listNoteRevisions } from "@/lib/data/notes";
import { DomainError } from "@/lib/errors";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import { redirect } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ from?: string; to?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolvePageLocale(params);
  return { title: (await getTranslations("Notes"))("historyTitle"), robots: { index: false } };
}

function pick(value: string | undefined, numbers: number[], fallback: number): number {
  const n = Number(value);
  return numbers.includes(n) ? n : fallback;
}

export default async function NoteHistoryPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: `/notes/${id}/history` } }, locale });
  const loaded = await Promise.all([getNote(viewer, id), listNoteRevisions(viewer, id)]).catch((error: unknown) => {
    if (error instanceof DomainError) notFound();
    throw error;
  });
  const [note, { revisions, hidden }] = loaded;
  const [t, format, query] = await Promise.all([getTranslations("Notes"), getDateFormatter(), searchParams]);
  const numbers = revisions.map((revision) => revision.number);
  const last = numbers[numbers.length - 1];
  // The revision before the last one the viewer may see (drafts hidden from them are not numbers here).
  const from = pick(query.from, numbers, numbers[numbers.length - 2] ?? last);
  const to = pick(query.to, numbers, last);
  // pick() only returns numbers from the list, so both revisions exist.
  const bodyOf = (number: number) => revisions.find((revision) => revision.number === number)?.body ?? "";
  const select = "rounded border border-slate-400 px-2 py-1";

  return (
    <div className="max-w-4xl space-y-6">
      <PageHeading title={t("historyTitle")} eyebrow={noteBackLink(note, t("backToPage"))} />
      {hidden > 0 ? (
        <p className="text-sm text-slate-700" data-testid="hidden-revisions">
          {t("hiddenRevisions", { count: hidden })}
        </p>
      ) : null}
      <ol className="space-y-1 text-sm">
        {revisions.map((revision) => (
          <li key={revision.number}>
            {t("revisionLine", {
              number: revision.number,
              name: revision.editor.name,
              when: format.dateTime(revision.createdAt),
            })}
            {" · "}
            {t(revision.visibility === "private" ? "private" : "shared")}
          </li>
        ))}
      </ol>
      <form method="get" className="flex flex-wrap items-end gap-3">
        <label className="text-sm">
          <span className="block font-semibold">{t("compareFrom")}</span>
          <select name="from" defaultValue={from} className={select}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {t("revision", { number: n })}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          <span className="block font-semibold">{t("compareTo")}</span>
          <select name="to" defaultValue={to} className={select}>
            {numbers.map((n) => (
              <option key={n} value={n}>
                {t("revision", { number: n })}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800">
          {t("compare")}
        </button>
      </form>
      <section aria-labelledby="diff-heading">
        <h2 id="diff-heading" className="mb-2 text-lg font-bold">
          {t("diffHeading", { from, to })}
        </h2>
        <RevisionDiff before={bodyOf(from)} after={bodyOf(to)} />
      </section>
    </div>
  );
}
