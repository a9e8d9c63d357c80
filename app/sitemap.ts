import type { MetadataRoute } from "next";
import { listPageSlugs } from "@/lib/data/plan";
import { siteUrl } from "@/lib/env";
import { LOCALES } from "@/lib/i18n/routing";

/** Every page in both languages, each entry naming its other-language twin. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const { pillars, measures, sectors } = await listPageSlugs();
  const paths = [
    "",
    "/about",
    "/sectors",
    "/timeline",
    "/whats-new",
    ...pillars.map((slug) => `/pillars/${slug}`),
    ...measures.map((slug) => `/measures/${slug}`),
    ...sectors.map((slug) => `/sectors/${slug}`),
  ];
  const base = siteUrl();
  return paths.flatMap((path) =>
    LOCALES.map((locale) => ({
      url: `${base}/${locale}${path}`,
      alternates: { languages: Object.fromEntries(LOCALES.map((other) => [other, `${base}/${other}${path}`])) },
    })),
  );
}
