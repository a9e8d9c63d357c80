"use client";

import { useEffect, useState } from "react";
import { useTranslations } from "next-intl";
import { signOut } from "@/lib/actions/auth";
import { Link, usePathname } from "@/lib/i18n/navigation";

type SessionUser = { name: string; role?: string };

/**
 * Sign-in / account / sign-out in the header. It asks for the session from the browser, so that
 * pages without per-user content stay static (reading the cookie on the server would make every
 * page dynamic).
 */
export function AccountMenu() {
  const t = useTranslations("Auth");
  const [user, setUser] = useState<SessionUser | null | undefined>(undefined);
  // The header outlives client-side navigation: ask again after each one (sign-in and sign-out navigate).
  const pathname = usePathname();

  useEffect(() => {
    let active = true;
    fetch("/api/auth/get-session", { credentials: "same-origin", cache: "no-store" })
      .then((response) => (response.ok ? response.json() : null))
      .then((session: { user?: SessionUser } | null) => active && setUser(session?.user ?? null))
      .catch(() => active && setUser(null));
    return () => {
      active = false;
    };
  }, [pathname]);

  if (user === undefined) return <span className="min-w-16" aria-hidden="true" />;
  if (!user) {
    return (
      <Link href="/sign-in" className="text-sm font-semibold hover:underline">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" aria-label={t("accountMenu")}>
      {user.role === "admin" ? (
        <li>
          <Link href="/admin/users" className="hover:underline">
            {t("admin")}
          </Link>
        </li>
      ) : null}
      <li>
        <Link href="/account" className="hover:underline">
          {t("account", { name: user.name })}
        </Link>
      </li>
      <li>
        <form action={signOut}>
          <button type="submit" className="hover:underline">
            {t("signOut")}
          </button>
        </form>
      </li>
    </ul>
  );
}
