"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { signOut } from "@/lib/actions/auth";
import { fillTemplate } from "@/lib/i18n/template";

type SessionUser = { name: string; role?: string };

export type AccountMenuLabels = {
  signIn: string;
  accountMenu: string;
  admin: string;
  signOut: string /** Template with `{name}`. */;
  account: string;
};

/**
 * Sign-in / account / sign-out in the header. It asks for the session from the browser, so that
 * pages without per-user content stay static (reading the cookie on the server would make every
 * page dynamic). Strings and the locale come from the server.
 */
export function AccountMenu({ locale, labels }: { locale: string; labels: AccountMenuLabels }) {
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
      <Link href={`/${locale}/sign-in`} className="text-sm font-semibold hover:underline">
        {labels.signIn}
      </Link>
    );
  }
  return (
    <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm" aria-label={labels.accountMenu}>
      {user.role === "admin" ? (
        <li>
          <Link href={`/${locale}/admin/users`} className="hover:underline">
            {labels.admin}
          </Link>
        </li>
      ) : null}
      <li>
        <Link href={`/${locale}/account`} className="hover:underline">
          {fillTemplate(labels.account, { name: user.name })}
        </Link>
      </li>
      <li>
        <form action={signOut}>
          <button type="submit" className="hover:underline">
            {labels.signOut}
          </button>
        </form>
      </li>
    </ul>
  );
}
