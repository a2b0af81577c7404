import { getTranslations } from "next-intl/server";
import type { Locale } from "@/i18n/routing";

export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "footer" });
  return (
    <footer className="no-print border-t border-slate-200 bg-slate-50 text-sm text-slate-700">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6">
        <p className="font-semibold text-slate-900">{t("legalName")}</p>
        <p>{t("about")}</p>
        <p>{t("offices")}</p>
        <p>{t("copyright", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
