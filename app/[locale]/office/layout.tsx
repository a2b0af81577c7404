import type { Metadata } from "next";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { routing } from "@/i18n/routing";

export async function generateMetadata({ params }: LayoutProps<"/[locale]/office">): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "office" });
  return { title: t("metaTitle"), robots: { index: false, follow: false }, referrer: "no-referrer" };
}

// The back office: built for a desktop at the office first, a phone second. Its frame (its own
// bar, the sections, <main>) comes from (staff)/layout.tsx and (entry)/layout.tsx.
export default function OfficeLayout({ children }: LayoutProps<"/[locale]/office">) {
  return children as ReactNode;
}
