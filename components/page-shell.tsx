import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import type { Locale } from "@/i18n/routing";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

// The document around every page: <html lang>, the skip link to #main. (Client messages are only
// on the pages whose components translate in the browser: components/client-intl.tsx.) The public
// site (SiteFrame) and the back office (components/office/office-frame.tsx) each add their own
// header and <main>. The locale is passed explicitly all the way down: during static
// prerendering (the MegapayGuide), next-intl's setRequestLocale does not reach the components on
// Next.js 16.4, and they fell back to ky.
export async function DocumentShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  return (
    <html lang={locale}>
      <body className="flex min-h-dvh flex-col font-sans">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {children}
      </body>
    </html>
  );
}

// The public site's header, main and footer.
export function SiteFrame({ locale, children }: { locale: Locale; children: ReactNode }) {
  return (
    <>
      <SiteHeader locale={locale} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
