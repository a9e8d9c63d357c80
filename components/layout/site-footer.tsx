import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("Site");
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <p className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-700 sm:px-6">{t("footer")}</p>
    </footer>
  );
}
