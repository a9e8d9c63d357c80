import "server-only";
import { getTranslations } from "next-intl/server";
import { placeholders } from "@/lib/i18n/template";
import type { CommandPaletteLabels } from "./command-palette";

/** How many suggestions the palette asks /api/search for. */
const PALETTE_LIMIT = 8;

/** The palette's strings in the page's language, formatted here so the browser needs no message runtime. */
export async function getPaletteLabels(): Promise<CommandPaletteLabels> {
  const t = await getTranslations("Search");
  return {
    openPalette: t("openPalette"),
    shortcut: t("shortcut"),
    paletteTitle: t("paletteTitle"),
    paletteHint: t("paletteHint"),
    label: t("label"),
    placeholder: t("placeholder"),
    paletteLoading: t("paletteLoading"),
    paletteError: t("paletteError"),
    paletteEmpty: t("paletteEmpty"),
    counts: Array.from({ length: PALETTE_LIMIT + 1 }, (_, count) => t("paletteCount", { count })),
    seeAll: t("seeAll", placeholders("query")),
    types: { measure: t("types.measure"), action: t("types.action"), note: t("types.note"), event: t("types.event") },
  };
}
