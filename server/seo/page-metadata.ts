import type { Metadata } from "next";
import { hasLocale, type Messages } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing, type Locale } from "@/i18n/routing";
import { getEnv } from "@/server/env";
import { companyName } from "@/config/company";

export function localizedUrl(locale: Locale, pagePath: string): string {
  return `${getEnv().SITE_URL}/${locale}${pagePath === "/" ? "" : pagePath}`;
}

// The link preview drawn for each language (public/og-<locale>.png, npm run make:public-images).
const previewImage = (locale: Locale) => ({
  url: `/og-${locale}.png`,
  width: 1200,
  height: 630,
  alt: companyName,
});

// Title, description, canonical URL and hreflang alternates for one page in one locale, and
// its link preview (Open Graph, Twitter).
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
    openGraph: {
      title,
      description,
      locale,
      url: localizedUrl(locale, pagePath),
      siteName: companyName,
      type: "website",
      images: [previewImage(locale)],
    },
    twitter: { card: "summary_large_image", title, description, images: [previewImage(locale).url] },
  };
}

type MetaKey = keyof Messages["meta"];

// generateMetadata for a localized page: title and description from messages' `meta`.
export async function localizedPageMetadata(
  params: Promise<{ locale: string }>,
  pagePath: string,
  titleKey: MetaKey,
  descriptionKey: MetaKey,
): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "meta" });
  return pageMetadata(locale, pagePath, t(titleKey), t(descriptionKey));
}
