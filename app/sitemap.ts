import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { listPageSlugs } from "@/lib/data/plan";
import { siteUrl } from "@/lib/env";
import { LOCALES } from "@/lib/i18n/routing";

/**
 * Every public page in both languages, each entry naming its other-language twin. Read per request
 * (like every page), so `next build` needs no database and the list follows the data.
 */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  await connection();
  const { pillars, measures, sectors, actions, agencies } = await listPageSlugs();
  const paths = [
    "",
    "/about",
    "/sectors",
    "/timeline",
    "/whats-new",
    "/briefs",
    "/tracker",
    "/agencies",
    ...pillars.map((slug) => `/pillars/${slug}`),
    ...measures.map((slug) => `/measures/${slug}`),
    ...sectors.map((slug) => `/sectors/${slug}`),
    ...actions.map((id) => `/actions/${id}`),
    ...agencies.map((id) => `/agencies/${id}`),
  ];
  const base = siteUrl();
  return paths.flatMap((path) =>
    LOCALES.map((locale) => ({
      url: `${base}/${locale}${path}`,
      alternates: { languages: Object.fromEntries(LOCALES.map((other) => [other, `${base}/${other}${path}`])) },
    })),
  );
}
