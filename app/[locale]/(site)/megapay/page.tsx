import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { MegapayGuide } from "@/components/megapay-guide/megapay-guide";
import { routing } from "@/i18n/routing";
import { localizedPageMetadata } from "@/server/seo/page-metadata";

export function generateMetadata({ params }: PageProps<"/[locale]/megapay">): Promise<Metadata> {
  return localizedPageMetadata(params, "/megapay", "guideTitle", "guideDescription");
}

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

// Rendered once per locale at build time; ?invoice= is read in the browser.
export const dynamic = "force-static";

export default async function MegapayGuidePage({ params }: PageProps<"/[locale]/megapay">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  setRequestLocale(locale);
  return <MegapayGuide locale={locale} />;
}
