import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/forms/action-form";
import {
  changeRoleAction,
  deactivateAccountAction,
  reactivateAccountAction,
  setAccountPasswordAction,
} from "@/lib/actions/account-administration";

type ManagedAccount = { id: string; name: string; role: string; active: boolean };

const formClass = "space-y-3 rounded border border-slate-200 p-3";

/**
 * An admin's controls for one account, folded under its name: role, deactivate / reactivate
 * (confirmed by a checkbox, so it works without JavaScript) and a new password. The server refuses what the rules forbid.
 */
export async function AccountControls({ account, isViewer }: { account: ManagedAccount; isViewer: boolean }) {
  const t = await getTranslations("AdminAccounts");
  const hidden = { userId: account.id };
  const prefix = `account-${account.id}`;
  return (
    <section
      aria-label={t("manageHeading", { name: account.name })}
      data-testid={`manage-${account.id}`}
      className="rounded border border-slate-300 p-4"
    >
      {/* Folded until opened: the page lists every account, and each has three forms. Named by
          aria-label: named through the heading inside <summary>, axe's landmark-unique flagged them. */}
      <details>
        <summary className="cursor-pointer">
          <h3 className="inline font-bold">
            {t("manageHeading", { name: account.name })}{" "}
            {isViewer ? <span className="font-normal">{t("you")}</span> : null}
          </h3>
        </summary>
        {isViewer ? <p className="mt-3 text-sm text-slate-700">{t("ownAccount")}</p> : null}
        <div className="mt-3 grid gap-4 md:grid-cols-3">
          <ActionForm
            action={changeRoleAction}
            idPrefix={`${prefix}-role`}
            hidden={hidden}
            className={formClass}
            submitLabel={t("changeRole")}
            fields={[
              {
                name: "role",
                label: t("newRole"),
                type: "select",
                defaultValue: account.role,
                options: [
                  { value: "analyst", label: t("roleAnalyst") },
                  { value: "admin", label: t("roleAdmin") },
                ],
              },
            ]}
          />
          {account.active ? (
            <ActionForm
              // One key for both forms: the same form instance keeps its status message across the switch.
              key="state"
              action={deactivateAccountAction}
              idPrefix={`${prefix}-deactivate`}
              hidden={hidden}
              className={formClass}
              submitLabel={t("deactivate")}
              destructive
              fields={[{ name: "confirm", label: t("confirmDeactivate", { name: account.name }), type: "checkbox" }]}
            />
          ) : (
            <ActionForm
              key="state"
              action={reactivateAccountAction}
              idPrefix={`${prefix}-reactivate`}
              hidden={hidden}
              className={formClass}
              submitLabel={t("reactivate")}
              fields={[{ name: "confirm", label: t("confirmReactivate", { name: account.name }), type: "checkbox" }]}
            />
          )}
          <ActionForm
            action={setAccountPasswordAction}
            idPrefix={`${prefix}-password`}
            hidden={hidden}
            className={formClass}
            submitLabel={t("setPassword")}
            fields={[
              {
                name: "newPassword",
                label: t("newPassword"),
                type: "password",
                autoComplete: "new-password",
                hint: t("passwordRules"),
              },
            ]}
          />
        </div>
      </details>
    </section>
  );
}
