import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";
import { Link } from "@/i18n/navigation";
import { LanguageLinks } from "./language-links";
import { companyName } from "@/config/company";

const navItems = [
  { href: "/register", key: "register" },
  { href: "/megapay", key: "megapay" },
  { href: "/invoice", key: "invoice" },
  { href: "/help", key: "help" },
] as const;

export async function SiteHeader({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "nav" });
  return (
    <header className="no-print border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-4 gap-y-2 px-4 py-3">
        <Link
          href="/"
          locale={locale}
          aria-label={t("homeLink")}
          className="text-lg font-extrabold tracking-tight text-brand-800"
        >
          {companyName}
        </Link>
        <LanguageLinks locale={locale} />
        <nav aria-label={t("mainNavigation")} className="no-print w-full sm:w-auto">
          <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm font-medium">
            {navItems.map((item) => (
              <li key={item.key}>
                <Link
                  href={item.href}
                  locale={locale}
                  className="inline-block py-2 text-slate-800 underline-offset-4 hover:text-brand-700 hover:underline"
                >
                  {t(item.key)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
