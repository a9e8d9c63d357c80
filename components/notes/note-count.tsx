import { getTranslations } from "next-intl/server";
import { getViewer } from "@/lib/auth/session";
import { countVisibleNotes } from "@/lib/data/notes";

/** "3 notes": what the signed-in viewer can read on a pillar's measures or about a sector. */
export async function NoteCount({ pillarId, sectorId }: { pillarId?: string; sectorId?: string }) {
  const viewer = await getViewer();
  if (!viewer) return null;
  const [t, counts] = await Promise.all([getTranslations("Notes"), countVisibleNotes(viewer)]);
  const count = (pillarId ? counts.byPillar.get(pillarId) : sectorId ? counts.bySector.get(sectorId) : 0) ?? 0;
  return <p className="text-sm font-semibold text-slate-700">{t("countLabel", { count })}</p>;
}
