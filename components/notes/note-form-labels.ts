import "server-only";
import { getTranslations } from "next-intl/server";
import { placeholders } from "@/lib/i18n/template";
import { NOTE_MAX_LENGTH } from "@/lib/validations/vocabulary";
import type { NoteFormLabels } from "./note-form";

/** The note form's strings in the page's language (the form is a client leaf without a message runtime). */
export async function getNoteFormLabels(): Promise<NoteFormLabels> {
  const t = await getTranslations("Notes");
  return {
    bodyLabel: t("bodyLabel"),
    bodyHint: t("bodyHint", { ...placeholders("count"), max: NOTE_MAX_LENGTH }),
    visibilityLabel: t("visibilityLabel"),
    shared: t("shared"),
    private: t("private"),
    preview: t("preview"),
    previewing: t("previewing"),
    previewHeading: t("previewHeading"),
  };
}
