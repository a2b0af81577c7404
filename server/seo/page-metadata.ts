import type { Metadata } from "next";
import { routing, type Locale } from "@/i18n/routing";
import { getEnv } from "@/server/env";

export function localizedUrl(locale: Locale, pagePath: string): string {
  return `${getEnv().SITE_URL}/${locale}${pagePath === "/" ? "" : pagePath}`;
}

// Title, description, canonical URL and hreflang alternates for one page in one locale.
export function pageMetadata(locale: Locale, pagePath: string, title: string, description: string): Metadata {
  const languages: Record<string, string> = Object.fromEntries(
    routing.locales.map((l) => [l, localizedUrl(l, pagePath)]),
  );
  languages["x-default"] = localizedUrl(routing.defaultLocale, pagePath);
  return {
    title,
    description,
    metadataBase: new URL(getEnv().SITE_URL),
    alternates: { canonical: localizedUrl(locale, pagePath), languages },
    openGraph: { title, description, locale, url: localizedUrl(locale, pagePath), siteName: "DOS TEK GROUP" },
  };
}
