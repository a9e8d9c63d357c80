import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TimeZoneSettings } from "@/components/account/time-zone-settings";
import { ActionButton } from "@/components/forms/action-button";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeading } from "@/components/plan/page-heading";
import {
  changePasswordAction,
  createApiTokenAction,
  regenerateFeedKeyAction,
  renameAction,
  revokeApiTokenAction,
  revokeFeedKeyAction,
} from "@/lib/actions/account-credentials";
import { getViewer } from "@/lib/auth/session";
import { getFeedKey } from "@/lib/data/feed-keys";
import { listApiTokens } from "@/lib/data/users";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import { redirect } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolvePageLocale(params);
  return { title: (await getTranslations("Account"))("title"), robots: { index: false } };
}

export default async function AccountPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: "/account" } }, locale });
  const [t, when, tokens, feedKey] = await Promise.all([
    getTranslations("Account"),
    getDateFormatter(),
    listApiTokens(viewer.id),
    getFeedKey(viewer.id),
  ]);
  const date = when.date;
  return (
    <div className="space-y-10">
      <PageHeading title={t("title")} lead={<p>{t("signedInAs", { name: viewer.name, email: viewer.email })}</p>} />
      <section aria-labelledby="name-heading">
        <h2 id="name-heading" className="mb-3 text-lg font-bold">
          {t("nameHeading")}
        </h2>
        <ActionForm
          action={renameAction}
          idPrefix="name"
          submitLabel={t("rename")}
          fields={[{ name: "name", label: t("name"), autoComplete: "name" }]}
        />
      </section>
      <section aria-labelledby="password-heading">
        <h2 id="password-heading" className="mb-3 text-lg font-bold">
          {t("passwordHeading")}
        </h2>
        <ActionForm
          action={changePasswordAction}
          idPrefix="password"
          submitLabel={t("changePassword")}
          fields={[
            {
              name: "currentPassword",
              label: t("currentPassword"),
              type: "password",
              autoComplete: "current-password",
            },
            { name: "newPassword", label: t("newPassword"), type: "password", autoComplete: "new-password" },
            { name: "revokeTokens", label: t("revokeTokens"), type: "checkbox", defaultChecked: true },
          ]}
        />
      </section>
      <TimeZoneSettings viewer={viewer} />
      <section aria-labelledby="tokens-heading" className="space-y-4">
        <h2 id="tokens-heading" className="text-lg font-bold">
          {t("tokensHeading")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("tokensIntro")}</p>
        {tokens.length === 0 ? <p className="text-sm">{t("noTokens")}</p> : null}
        <ul className="space-y-2 text-sm">
          {tokens.map((token) => (
            <li key={token.id} className="flex flex-wrap items-center gap-3 rounded border border-slate-200 p-2">
              <span className="font-semibold">{token.name}</span>
              <code>{token.prefix}…</code>
              <span className="text-slate-600">
                {t("tokenDates", {
                  created: date(token.createdAt),
                  used: token.lastUsedAt ? date(token.lastUsedAt) : t("never"),
                })}
              </span>
              <ActionButton action={revokeApiTokenAction.bind(null, token.id)} label={t("revoke")} />
            </li>
          ))}
        </ul>
        <ActionForm
          action={createApiTokenAction}
          idPrefix="token"
          submitLabel={t("createToken")}
          secretLabel={t("tokenShownOnce")}
          fields={[{ name: "name", label: t("tokenName"), autoComplete: "off" }]}
        />
      </section>
      <section aria-labelledby="feed-heading" className="space-y-4">
        <h2 id="feed-heading" className="text-lg font-bold">
          {t("feedHeading")}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{t("feedIntro")}</p>
        <p className="text-sm" data-testid="feed-key-state">
          {feedKey ? t("feedActive", { created: date(feedKey.createdAt), prefix: feedKey.prefix }) : t("feedNone")}
        </p>
        {feedKey ? <ActionButton action={revokeFeedKeyAction} label={t("feedRevoke")} /> : null}
        <ActionForm
          action={regenerateFeedKeyAction}
          idPrefix="feed"
          submitLabel={t("feedCreate")}
          secretLabel={t("feedShownOnce")}
          fields={[]}
        />
      </section>
    </div>
  );
}
