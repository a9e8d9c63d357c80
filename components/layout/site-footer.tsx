import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("Site");
  return (
    <footer className="border-t border-slate-200 bg-slate-50">
      <div className="mx-auto max-w-6xl space-y-2 px-4 py-6 text-sm text-slate-700 sm:px-6">
        <p>{t("footer")}</p>
        <p>
          <Link href="/about" className="text-brand-700 underline underline-offset-2">
            {t("about")}
          </Link>
        </p>
      </div>
    </footer>
  );
}
