import type { NoteView } from "@/lib/data/notes";
import { localized } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** The measure's title or the sector's name the note is about, in `locale`. */
export function noteSubject(note: Pick<NoteView, "measure" | "sector">, locale: Locale): string | null {
  if (note.measure) return localized(note.measure, "title", locale);
  if (note.sector) return localized(note.sector, "name", locale);
  return null;
}

/** A link back to the measure or sector page the note belongs to. */
export function noteBackLink(note: Pick<NoteView, "measure" | "sector">, label: string) {
  const href = note.measure ? `/measures/${note.measure.slug}` : note.sector ? `/sectors/${note.sector.id}` : "/";
  return (
    <Link href={href} className="hover:underline">
      ← {label}
    </Link>
  );
}
