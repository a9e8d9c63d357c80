import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { connection } from "next/server";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { ErrorStringsProvider } from "@/components/layout/error-strings";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { siteUrl } from "@/lib/env";
import { isLocale } from "@/lib/i18n/routing";

type Props = { children: ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "Site" });
  return {
    metadataBase: new URL(siteUrl()),
    title: { default: t("name"), template: `%s · ${t("name")}` },
    description: t("description"),
    // Link previews (KakaoTalk, Slack). Pages set only title and description: Next fills og:title
    // and og:description from them, and this layout's openGraph stays unless a page sets its own.
    openGraph: {
      type: "website",
      siteName: t("name"),
      locale: locale === "ko" ? "ko_KR" : "en_US",
      alternateLocale: locale === "ko" ? "en_US" : "ko_KR",
    },
  };
}

export default async function LocaleLayout({ children, params }: Props) {
  // Rendered per request: Next can only put the proxy's per-request CSP nonce on the scripts of a
  // page it renders now, never on a prerendered one.
  await connection();
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const [t, tError] = await Promise.all([getTranslations("Site"), getTranslations("Error")]);

  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {/* Client components get their strings as props from the server: no message runtime in the browser. */}
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 sm:px-6">
          <ErrorStringsProvider strings={{ title: tError("title"), body: tError("body"), retry: tError("retry") }}>
            {children}
          </ErrorStringsProvider>
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
