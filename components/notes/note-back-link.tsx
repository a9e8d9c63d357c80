import type { NoteView } from "@/lib/data/notes";
import { Link } from "@/lib/i18n/navigation";

/** A link back to the measure or sector page the note belongs to. */
export function noteBackLink(note: Pick<NoteView, "measure" | "sector">, label: string) {
  const href = note.measure ? `/measures/${note.measure.slug}` : note.sector ? `/sectors/${note.sector.id}` : "/";
  return (
    <Link href={href} className="hover:underline">
      ← {label}
    </Link>
  );
}
