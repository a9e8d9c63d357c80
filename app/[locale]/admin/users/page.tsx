import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AccountControls } from "@/components/admin/account-controls";
import { ActionForm } from "@/components/forms/action-form";
import { PageHeading } from "@/components/plan/page-heading";
import { createUserAction } from "@/lib/actions/account-credentials";
import { getViewer } from "@/lib/auth/session";
import { listUsers } from "@/lib/data/users";
import { getDateFormatter } from "@/lib/i18n/display-time-zone";
import { Link, redirect } from "@/lib/i18n/navigation";
import { resolvePageLocale } from "@/lib/i18n/page-locale";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await resolvePageLocale(params);
  return { title: (await getTranslations("Admin"))("title"), robots: { index: false } };
}

export default async function AdminUsersPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const viewer = await getViewer();
  if (!viewer) return redirect({ href: { pathname: "/sign-in", query: { next: "/admin/users" } }, locale });
  if (viewer.role !== "admin") notFound(); // the page does not exist for analysts
  const [t, tAccounts, tWatch, format, users] = await Promise.all([
    getTranslations("Admin"),
    getTranslations("AdminAccounts"),
    getTranslations("Watch"),
    getDateFormatter(),
    listUsers(),
  ]);
  return (
    <div className="space-y-10">
      <PageHeading
        title={t("title")}
        lead={
          <>
            <p>{t("intro")}</p>
            <p className="mt-2">
              <Link href="/admin/federal-register" className="font-semibold text-brand-700 underline">
                {tWatch("title")}
              </Link>
            </p>
          </>
        }
      />
      <section aria-labelledby="users-heading">
        <h2 id="users-heading" className="mb-3 text-lg font-bold">
          {t("usersHeading")}
        </h2>
        <div className="overflow-x-auto">
          <table className="min-w-full text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">
                  {t("name")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("email")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("role")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {tAccounts("state")}
                </th>
                <th scope="col" className="py-2 pr-4">
                  {t("createdAt")}
                </th>
              </tr>
            </thead>
            <tbody>
              {users.map((user) => (
                <tr key={user.id} className="border-b border-slate-200">
                  <td className="py-2 pr-4">{user.name}</td>
                  <td className="py-2 pr-4">{user.email}</td>
                  <td className="py-2 pr-4">{t(user.role === "admin" ? "roleAdmin" : "roleAnalyst")}</td>
                  <td className="py-2 pr-4">
                    <span className={user.active ? "text-green-800" : "font-semibold text-red-800"}>
                      {tAccounts(user.active ? "stateActive" : "stateDeactivated")}
                    </span>
                  </td>
                  <td className="py-2 pr-4">{format.date(user.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="manage-heading" className="space-y-4">
        <h2 id="manage-heading" className="text-lg font-bold">
          {tAccounts("manageAllHeading")}
        </h2>
        {users.map((user) => (
          <AccountControls key={user.id} account={user} isViewer={user.id === viewer.id} />
        ))}
      </section>
      <section aria-labelledby="create-user-heading">
        <h2 id="create-user-heading" className="mb-3 text-lg font-bold">
          {t("createHeading")}
        </h2>
        <ActionForm
          action={createUserAction}
          idPrefix="new-user"
          submitLabel={t("create")}
          fields={[
            { name: "name", label: t("name"), autoComplete: "off" },
            { name: "email", label: t("email"), type: "email", autoComplete: "off" },
            {
              name: "role",
              label: t("role"),
              type: "select",
              options: [
                { value: "analyst", label: t("roleAnalyst") },
                { value: "admin", label: t("roleAdmin") },
              ],
            },
            { name: "password", label: t("initialPassword"), type: "password", autoComplete: "new-password" },
          ]}
        />
      </section>
    </div>
  );
}
