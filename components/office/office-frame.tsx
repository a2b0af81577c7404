import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { companyName } from "@/config/company";
import { Link } from "@/i18n/navigation";
import type { Locale } from "@/i18n/routing";
import { LanguageLinks } from "../language-links";

// The back office's own bar, instead of the public site's header and footer: the company and
// "back office" (a link to Today), whoever is signed in (children), the language.
export async function OfficeTopBar({ locale, children }: { locale: Locale; children?: ReactNode }) {
  const t = await getTranslations({ locale, namespace: "office.nav" });
  return (
    <header className="no-print border-b border-slate-300 bg-slate-100">
      <div className="flex flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-2">
        <Link href="/office" locale={locale} className="font-extrabold tracking-tight text-brand-800">
          {companyName} <span className="font-semibold text-slate-700">· {t("officeName")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          {children}
          <LanguageLinks locale={locale} />
        </div>
      </div>
    </header>
  );
}
