import "@/app/globals.css";
import type { Metadata, Viewport } from "next";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { DocumentShell, SiteFrame } from "@/components/page-shell";
import { routing } from "@/i18n/routing";
import { localeOfRequest } from "@/server/http/page-response";
import { respondNotFound } from "./respond-not-found";

export const viewport: Viewport = {
  width: "device-width",
  initialScale: 1,
  themeColor: "#174c94",
};

export async function generateMetadata({ params }: LayoutProps<"/[locale]">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) {
    const t = await getTranslations({ locale: await localeOfRequest(), namespace: "meta" });
    return { title: t("notFoundTitle"), robots: { index: false } };
  }
  const t = await getTranslations({ locale, namespace: "meta" });
  // public/: favicon.ico beside app/icon.svg for browsers that ask for it, the home-screen icon
  // and the web app manifest (drawn by npm run make:public-images).
  return {
    applicationName: t("siteName"),
    formatDetection: { telephone: false },
    icons: { icon: [{ url: "/favicon.ico", sizes: "16x16 32x32 48x48" }], apple: "/apple-touch-icon.png" },
    manifest: "/manifest.webmanifest",
  };
}

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  // A first segment that is not a language is a path with a dot the proxy skipped (/price.pdf):
  // the localized 404, rendered here because notFound() would give an empty shell.
  if (!hasLocale(routing.locales, locale)) {
    const fallback = await localeOfRequest();
    return (
      <DocumentShell locale={fallback}>
        <SiteFrame locale={fallback}>{await respondNotFound(fallback)}</SiteFrame>
      </DocumentShell>
    );
  }
  setRequestLocale(locale);
  // The public pages' header and footer come from (site)/layout.tsx, the back office's own frame
  // from office/(staff)/layout.tsx and office/(entry)/layout.tsx.
  return <DocumentShell locale={locale}>{children as ReactNode}</DocumentShell>;
}
