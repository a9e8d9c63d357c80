import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("NotFound");
  return (
    <div className="space-y-4 py-12">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="text-slate-700">{t("body")}</p>
      <p>
        <Link href="/" className="text-brand-700 underline">
          {t("home")}
        </Link>
      </p>
    </div>
  );
}
