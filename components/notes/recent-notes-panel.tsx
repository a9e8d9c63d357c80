import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { listRecentNotes } from "@/lib/data/notes";
import { Link } from "@/lib/i18n/navigation";

/** The home page's "Recent notes" for signed-in analysts; nothing at all for signed-out readers. */
export async function RecentNotesPanel() {
  const viewer = await getViewer();
  if (!viewer) return null;
  const [t, notes] = await Promise.all([getTranslations("Notes"), listRecentNotes(viewer)]);
  return (
    <section aria-labelledby="recent-notes-heading" className="rounded-lg border border-slate-200 p-4">
      <h2 id="recent-notes-heading" className="mb-3 text-lg font-bold">
        {t("recentHeading")}
      </h2>
      {notes.length === 0 ? <p className="text-sm text-slate-700">{t("recentNone")}</p> : null}
      <ul className="space-y-2 text-sm">
        {notes.map((note) => (
          <li key={note.id}>
            <Link
              href={note.measure ? `/measures/${note.measure.slug}` : `/sectors/${note.sector?.id}`}
              className="text-brand-700 underline"
            >
              {note.measure?.id ?? note.sector?.id}
            </Link>{" "}
            <span className="text-slate-600">{note.author.name}:</span>{" "}
            <span className="line-clamp-1 inline">{note.body.slice(0, 140)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
