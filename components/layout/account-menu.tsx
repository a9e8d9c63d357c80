import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/lib/actions/auth";
import type { Viewer } from "@/lib/auth/session";
import { Link } from "@/lib/i18n/navigation";

/**
 * Sign-in, or the account, admin and sign-out links, rendered on the server from the request's
 * viewer: right on the first paint and without JavaScript (sign-out is a plain form post).
 */
export async function AccountMenu({ viewer }: { viewer: Viewer | null }) {
  const t = await getTranslations("Auth");
  if (!viewer) {
    return (
      <Link href="/sign-in" className="text-sm font-semibold hover:underline">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" aria-label={t("accountMenu")}>
      {viewer.role === "admin" ? (
        <li>
          <Link href="/admin/users" className="hover:underline">
            {t("admin")}
          </Link>
        </li>
      ) : null}
      <li>
        <Link href="/account" className="hover:underline">
          {t("account", { name: viewer.name })}
        </Link>
      </li>
      <li>
        <form action={signOutAction}>
          <button type="submit" className="hover:underline">
            {t("signOut")}
          </button>
        </form>
      </li>
    </ul>
  );
}
