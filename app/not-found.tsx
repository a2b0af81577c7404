import "@/app/globals.css";
import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { NotFoundContent } from "@/components/not-found-content";
import { PageShell } from "@/components/page-shell";
import { routing } from "@/i18n/routing";

// Every unknown path lands here (the proxy has already put it under /ky or /ru and told
// next-intl which). Rendered on the server, unlike a notFound() thrown inside a page, which
// Next.js 16.3+ answers with an empty client-rendered shell (vercel/next.js#62228).
async function requestLocale() {
  try {
    const locale = await getLocale();
    if (hasLocale(routing.locales, locale)) return locale;
  } catch {
    // Paths the proxy skips (those with a dot) carry no locale: fall back to the default.
  }
  return routing.defaultLocale;
}

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations({ locale: await requestLocale(), namespace: "meta" });
  return { title: t("notFoundTitle"), robots: { index: false } };
}

export default async function NotFound() {
  const locale = await requestLocale();
  return (
    <PageShell locale={locale}>
      <NotFoundContent />
    </PageShell>
  );
}
