"use client";

import { useLocale, useTranslations } from "next-intl";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

// Plain links to the same page in the other language: they work without JavaScript too.
export function LanguageSwitch() {
  const t = useTranslations("language");
  const tNav = useTranslations("nav");
  const current = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={tNav("language")} className="flex gap-1 text-sm">
      {routing.locales.map((locale) => (
        <Link
          key={locale}
          href={pathname}
          locale={locale}
          lang={locale}
          hrefLang={locale}
          prefetch={false}
          aria-current={locale === current ? "true" : undefined}
          className={
            locale === current
              ? "rounded-md bg-brand-700 px-2.5 py-1.5 font-semibold text-white"
              : "rounded-md px-2.5 py-1.5 text-brand-800 underline-offset-2 hover:underline"
          }
        >
          {t(locale)}
        </Link>
      ))}
    </nav>
  );
}
