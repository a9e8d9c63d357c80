import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { countVisibleNotes } from "@/lib/data/notes";

/**
 * "3 notes": what the signed-in viewer can read on a pillar's measures. On a sector page the notes
 * listed below are the sector's own, so those are counted apart from its measures' notes: one
 * number covering both read "1 note" above "No notes yet".
 */
export async function NoteCount({ pillarId, sectorId }: { pillarId?: string; sectorId?: string }) {
  const viewer = await getViewer();
  if (!viewer) return null;
  const [t, counts] = await Promise.all([getTranslations("Notes"), countVisibleNotes(viewer)]);
  const text = sectorId
    ? t("sectorCountLabel", {
        onSector: counts.onSector.get(sectorId) ?? 0,
        onMeasures: (counts.bySector.get(sectorId) ?? 0) - (counts.onSector.get(sectorId) ?? 0),
      })
    : t("countLabel", { count: (pillarId ? counts.byPillar.get(pillarId) : 0) ?? 0 });
  return <p className="text-sm font-semibold text-slate-700">{text}</p>;
}
