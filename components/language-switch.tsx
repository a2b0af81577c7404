"use client";

import { usePathname } from "next/navigation";
import { localeHref, pathWithoutLocale } from "@/i18n/locale-href";
import { routing, type Locale } from "@/i18n/routing";

// The client half of the language switch (the server half, language-links.tsx, gives it its
// words, so that pages need no next-intl client). Plain links to the same page in the other
// language: they work without JavaScript too, and as a whole-page request they pass the
// middleware, which remembers the choice in the locale cookie. The path comes from the router
// (on the server while rendering, in the browser after), so one header serves every page, the
// not-found one included.
export function LanguageSwitch({
  current,
  label,
  names,
}: {
  current: Locale;
  label: string;
  names: Record<Locale, string>;
}) {
  const path = pathWithoutLocale(usePathname());
  return (
    <nav aria-label={label} className="flex gap-1 text-sm">
      {routing.locales.map((locale) => (
        <a
          key={locale}
          href={localeHref(locale, path)}
          lang={locale}
          hrefLang={locale}
          aria-current={locale === current ? "true" : undefined}
          className={
            locale === current
              ? "rounded-md bg-brand-700 px-2.5 py-1.5 font-semibold text-white"
              : "rounded-md px-2.5 py-1.5 text-brand-800 underline-offset-2 hover:underline"
          }
        >
          {names[locale]}
        </a>
      ))}
    </nav>
  );
}
