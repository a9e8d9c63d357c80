import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { PageHeading } from "@/components/plan/page-heading";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolvePageLocale(params);
  const t = await getTranslations("Auth");
  return { title: t("signInTitle"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const [{ next }, t] = await Promise.all([searchParams, getTranslations("Auth")]);
  return (
    <div className="space-y-6">
      <PageHeading title={t("signInTitle")} lead={<p className="text-slate-700">{t("signInIntro")}</p>} />
      <SignInForm
        next={typeof next === "string" ? next : undefined}
        labels={{ email: t("email"), password: t("password"), signIn: t("signIn") }}
      />
    </div>
  );
}
