import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { HomeContent } from "@/components/home-content";
import { getSiteSettings } from "@/domain/settings/get-site-settings";
import { listActiveTariffs } from "@/domain/tariffs/list-active-tariffs";
import { routing } from "@/i18n/routing";
import { getDatabase } from "@/server/db";
import { cachedPageParams } from "@/server/http/public-page-cache";
import { localizedPageMetadata } from "@/server/seo/page-metadata";

// Prices, offices and the legal name (set by admins in the back office) come from the database,
// but not per request: the page is rendered on its first visit and kept (incremental static
// regeneration), rendered again when an admin saves the settings (revalidatePublicPages) and, for
// the other instances, at most `revalidate` seconds after that.
// No locale is rendered at build time (the build has no database); see cachedPageParams.
export const revalidate = 60;
export const generateStaticParams = cachedPageParams;

export function generateMetadata({ params }: PageProps<"/[locale]">): Promise<Metadata> {
  return localizedPageMetadata(params, "/", "homeTitle", "homeDescription");
}

export default async function HomePage({ params }: PageProps<"/[locale]">) {
  const { locale } = await params;
  if (hasLocale(routing.locales, locale)) setRequestLocale(locale);
  const db = getDatabase();
  const [tariffs, settings] = await Promise.all([listActiveTariffs(db), getSiteSettings(db)]);
  return <HomeContent tariffs={tariffs} settings={settings} />;
}
