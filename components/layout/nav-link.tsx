"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/**
 * A header section link that marks itself as the current page (`aria-current="page"`) when the
 * reader is in that section; the home link only on the home page. The href arrives localized.
 */
export function NavLink({ href, label, exact }: { href: string; label: string; exact: boolean }) {
  const pathname = usePathname();
  const current = exact ? pathname === href : pathname === href || pathname.startsWith(`${href}/`);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className="whitespace-nowrap rounded px-1 underline-offset-4 hover:underline aria-[current=page]:font-semibold aria-[current=page]:underline aria-[current=page]:decoration-2"
    >
      {label}
    </Link>
  );
}
