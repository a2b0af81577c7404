import { hasLocale } from "next-intl";
import type { ReactNode } from "react";
import { OfficeTopBar } from "@/components/office/office-frame";
import { routing } from "@/i18n/routing";

// Signing in, the second factor and one's own security: the back office's bar, no sections.
export default async function OfficeEntryLayout({ children, params }: LayoutProps<"/[locale]/office">) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return null;
  return (
    <>
      <OfficeTopBar locale={locale} />
      <main id="main" className="mx-auto w-full max-w-3xl flex-1 px-4 py-8">
        {children as ReactNode}
      </main>
    </>
  );
}
