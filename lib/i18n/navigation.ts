import { createNavigation } from "next-intl/navigation";
import { routing } from "./routing";

/** Locale-aware Link, redirect and pathname helpers: hrefs are written without the locale. */
export const { Link, redirect, usePathname, getPathname } = createNavigation(routing);
