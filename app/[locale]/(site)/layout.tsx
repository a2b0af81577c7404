import { hasLocale } from "next-intl";
import type { ReactNode } from "react";
import { SiteFrame } from "@/components/page-shell";
import { routing } from "@/i18n/routing";

// The public site: its header (registration, the guide, finding an invoice, help) and footer.
export default async function SiteLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  return <SiteFrame locale={locale}>{children as ReactNode}</SiteFrame>;
}
